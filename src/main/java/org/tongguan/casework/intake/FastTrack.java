package org.tongguan.casework.intake;

import java.time.Clock;
import java.time.Instant;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.tongguan.casework.CaseStage;
import org.tongguan.casework.dispatch.Filing;
import org.tongguan.casework.event.CaseAccepted;
import org.tongguan.casework.process.Passage;
import org.tongguan.casework.store.CaseFile;
import org.tongguan.casework.store.CaseRecord;
import org.tongguan.casework.timeline.Actor;
import org.tongguan.casework.timeline.Step;
import org.tongguan.casework.timeline.StepRecord;

/**
 * The fast track of 24×7 emergencies (突发事件): the platform accepts and files the report the moment it arrives, so
 * the dispatch rules send it straight to the duty department.
 */
@Component
public class FastTrack {

	private final CategoryVersions versions;

	private final Filing filing;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	FastTrack(CategoryVersions versions, Filing filing, ApplicationEventPublisher events, Clock clock) {
		this.versions = versions;
		this.filing = filing;
		this.events = events;
		this.clock = clock;
	}

	/** Accepts and files the emergency the process was started for. */
	public void acceptAndFile(Passage passage) {
		CaseFile file = passage.file();
		CaseRecord record = file.record();
		Instant now = clock.instant();
		passage.stepped(record.stage(), StepRecord.of(Actor.SYSTEM, Step.ACCEPT, "突发事件自动受理"));
		CaseAccepted accepted = file.accept(now);
		events.publishEvent(accepted);
		passage.reached(CaseStage.ACCEPTED);
		passage.stepped(CaseStage.ACCEPTED, StepRecord.of(Actor.SYSTEM, Step.FILE, "突发事件自动立案"));
		filing.file(file, versions.of(record.matter().version()), record.matter().urgency(), now);
	}
}
