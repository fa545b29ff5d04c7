package org.tongguan.casework.deadline;

import java.time.Clock;
import java.time.Instant;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongguan.casework.CaseId;
import org.tongguan.casework.action.Texts;
import org.tongguan.casework.event.CaseSupervised;
import org.tongguan.casework.store.CaseFile;
import org.tongguan.casework.store.CaseRecord;
import org.tongguan.casework.store.CaseStore;
import org.tongguan.casework.timeline.Actor;
import org.tongguan.casework.timeline.Actors;
import org.tongguan.casework.timeline.Step;
import org.tongguan.casework.timeline.StepRecord;
import org.tongguan.casework.timeline.Timeline;
import org.tongguan.identity.Callers;
import org.tongguan.identity.Role;

/** 督办 — a shift lead or leader sends the handling department a supervision notice about an open case. */
@Service
@Transactional
public class Supervision {

	private final Actors actors;

	private final Callers callers;

	private final CaseStore cases;

	private final Supervisions supervisions;

	private final Timeline timeline;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Supervision(Actors actors, Callers callers, CaseStore cases, Supervisions supervisions, Timeline timeline,
			ApplicationEventPublisher events, Clock clock) {
		this.actors = actors;
		this.callers = callers;
		this.cases = cases;
		this.supervisions = supervisions;
		this.timeline = timeline;
		this.events = events;
		this.clock = clock;
	}

	/** Sends the notice to the case's lead department. */
	public void supervise(CaseId id, String notice) {
		String text = Texts.required("notice", notice);
		Actor actor = actors.requireRole(Role.SHIFT_LEAD, Role.LEADER);
		CaseFile file = new CaseFile(cases.lock(id));
		CaseRecord record = file.record();
		callers.requireScope(record.place().finest());
		CaseSupervised supervised = file.supervise();
		Instant now = clock.instant();
		supervisions.add(id, new Supervisions.Notice(Supervisions.Kind.SUPERVISION, now, actor.username(),
				record.assignment().lead(), null, text));
		cases.save(file, now);
		timeline.record(id, StepRecord.of(actor, Step.SUPERVISE, record.assignment().leadName() + "：" + text),
				record.stage(), record.stage());
		events.publishEvent(supervised);
	}
}
