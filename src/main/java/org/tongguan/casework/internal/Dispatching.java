package org.tongguan.casework.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.tongguan.casework.CaseId;
import org.tongguan.casework.CaseStage;
import org.tongguan.casework.event.CaseDispatched;
import org.tongguan.identity.Department;

/**
 * Dispatch (派遣): automatically by the dispatch rules right after filing, or by a dispatcher from the manual queue,
 * to a lead department (主办) and any assisting departments (协办). Every decision is explained on the case and in
 * the timeline.
 */
@Component
public class Dispatching {

	private final CaseStore cases;

	private final CaseStages stages;

	private final CategoryVersions versions;

	private final DispatchRules rules;

	private final Assists assists;

	private final PoliceLinkage police;

	private final Timeline timeline;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Dispatching(CaseStore cases, CaseStages stages, CategoryVersions versions, DispatchRules rules, Assists assists,
			PoliceLinkage police, Timeline timeline, ApplicationEventPublisher events, Clock clock) {
		this.cases = cases;
		this.stages = stages;
		this.versions = versions;
		this.rules = rules;
		this.assists = assists;
		this.police = police;
		this.timeline = timeline;
		this.events = events;
		this.clock = clock;
	}

	/** Dispatches a filed case by the rules; answers the outcome and, when dispatched, sets the lead department. */
	public DispatchDecision automatically(CaseId id) {
		stages.enter(id, CaseStage.FILED);
		CaseRecord record = cases.lock(id);
		Instant now = clock.instant();
		DispatchDecision decision = rules.decide(record.place(), versions.of(record.matter().version()),
				record.matter().urgency());
		switch (decision.outcome()) {
			case DISPATCHED -> {
				timeline.begin(id, CaseStage.FILED, StepRecord.of(Actor.SYSTEM, Step.DISPATCH, decision.explanation()));
				assign(record, decision.department(), List.of(), decision, now);
			}
			case TRANSFERRED -> {
				timeline.begin(id, CaseStage.FILED,
						StepRecord.of(Actor.SYSTEM, Step.TRANSFER_TO_110, decision.explanation()));
				cases.apply(id, Filing.responsible(new CaseChanges(), decision), now);
				police.transferOut(record, Actor.SYSTEM, decision.explanation(), now);
			}
			case MANUAL -> {
				timeline.begin(id, CaseStage.FILED,
						StepRecord.of(Actor.SYSTEM, Step.QUEUE_FOR_DISPATCH, decision.explanation()));
				cases.apply(id, Filing.responsible(new CaseChanges(), decision), now);
			}
		}
		return decision;
	}

	/** Makes the departments handle the case (主办 and 协办) and publishes the dispatch. */
	public void assign(CaseRecord record, Department lead, List<Department> assisting, DispatchDecision decision,
			Instant now) {
		cases.apply(record.id(), new CaseChanges().set(CaseColumn.LEAD_DEPARTMENT, lead.code())
			.set(CaseColumn.LEAD_DEPARTMENT_NAME, lead.name())
			.set(CaseColumn.DISPATCH_RULE, decision.rule())
			.set(CaseColumn.DISPATCH_EXPLANATION, decision.explanation())
			.set(CaseColumn.DISPATCHED_AT, now)
			.increment(CaseColumn.DISPATCH_COUNT), now);
		assists.assign(record.id(), assisting, now);
		events.publishEvent(new CaseDispatched(record.id(), lead.code(),
				assisting.stream().map(Department::code).toList(),
				record.overall() == null ? null : record.overall().dueAt()));
	}
}
