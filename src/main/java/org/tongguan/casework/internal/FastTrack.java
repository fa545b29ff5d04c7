package org.tongguan.casework.internal;

import java.time.Clock;
import java.time.Instant;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.tongguan.casework.CaseId;
import org.tongguan.casework.CaseStage;
import org.tongguan.casework.event.CaseAccepted;

/**
 * The fast track of 24×7 emergencies (突发事件): the platform accepts and files the report the moment it arrives, so
 * the dispatch rules send it straight to the duty department.
 */
@Component
public class FastTrack {

	private final CaseStore cases;

	private final CaseStages stages;

	private final CategoryVersions versions;

	private final Filing filing;

	private final Timeline timeline;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	FastTrack(CaseStore cases, CaseStages stages, CategoryVersions versions, Filing filing, Timeline timeline,
			ApplicationEventPublisher events, Clock clock) {
		this.cases = cases;
		this.stages = stages;
		this.versions = versions;
		this.filing = filing;
		this.timeline = timeline;
		this.events = events;
		this.clock = clock;
	}

	/** Accepts and files the emergency. */
	public void acceptAndFile(CaseId id) {
		CaseRecord record = cases.lock(id);
		Instant now = clock.instant();
		timeline.begin(id, record.stage(), StepRecord.of(Actor.SYSTEM, Step.ACCEPT, "突发事件自动受理"));
		cases.apply(id, new CaseChanges().set(CaseColumn.ACCEPTED_AT, now), now);
		events.publishEvent(new CaseAccepted(id));
		stages.enter(id, CaseStage.ACCEPTED);
		timeline.begin(id, CaseStage.ACCEPTED, StepRecord.of(Actor.SYSTEM, Step.FILE, "突发事件自动立案"));
		filing.file(record, versions.of(record.matter().version()), record.matter().urgency(), now);
	}
}
