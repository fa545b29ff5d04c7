package org.tongguan.casework.dispatch;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.tongguan.casework.CaseStage;
import org.tongguan.casework.event.CaseDispatched;
import org.tongguan.casework.intake.CategoryVersions;
import org.tongguan.casework.process.Passage;
import org.tongguan.casework.store.CaseFile;
import org.tongguan.casework.store.CaseRecord;
import org.tongguan.casework.timeline.Actor;
import org.tongguan.casework.timeline.Step;
import org.tongguan.casework.timeline.StepRecord;
import org.tongguan.identity.Department;

/**
 * Dispatch (派遣): automatically by the dispatch rules right after filing, or by a dispatcher from the manual queue,
 * to a lead department (主办) and any assisting departments (协办). Every decision is explained on the case and in
 * the timeline.
 */
@Component
public class Dispatching {

	private final CategoryVersions versions;

	private final DispatchRules rules;

	private final Assists assists;

	private final PoliceLinkage police;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Dispatching(CategoryVersions versions, DispatchRules rules, Assists assists, PoliceLinkage police,
			ApplicationEventPublisher events, Clock clock) {
		this.versions = versions;
		this.rules = rules;
		this.assists = assists;
		this.police = police;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Dispatches the filed case the process was started or moved for by the rules (by the decision filing took in
	 * the same action, so the rules run once); answers the outcome and, when dispatched, sets the lead department.
	 */
	public DispatchDecision automatically(Passage passage) {
		CaseFile file = passage.file();
		CaseRecord record = file.record();
		Instant now = clock.instant();
		passage.reached(CaseStage.FILED);
		DispatchDecision decision = file.decided()
			.orElseGet(() -> rules.decide(record.place(), versions.of(record.matter().version()),
					record.matter().urgency(), DispatchRules.named(record)));
		switch (decision.outcome()) {
			case DISPATCHED -> {
				passage.stepped(CaseStage.FILED, StepRecord.of(Actor.SYSTEM, Step.DISPATCH, decision.explanation()));
				assign(file, decision.department(), List.of(), decision, now);
			}
			case TRANSFERRED -> {
				passage.stepped(CaseStage.FILED,
						StepRecord.of(Actor.SYSTEM, Step.TRANSFER_TO_110, decision.explanation()));
				file.responsible(decision);
				police.transferOut(file, Actor.SYSTEM, decision.explanation(), now);
			}
			case MANUAL -> {
				passage.stepped(CaseStage.FILED,
						StepRecord.of(Actor.SYSTEM, Step.QUEUE_FOR_DISPATCH, decision.explanation()));
				file.responsible(decision);
			}
		}
		return decision;
	}

	/** Makes the departments handle the case (主办 and 协办) and publishes the dispatch; the caller saves the case. */
	public void assign(CaseFile file, Department lead, List<Department> assisting, DispatchDecision decision,
			Instant now) {
		CaseDispatched dispatched = file.dispatch(lead, assisting.stream().map(Department::code).toList(), decision, now);
		assists.assign(file.id(), assisting, now);
		events.publishEvent(dispatched);
	}
}
