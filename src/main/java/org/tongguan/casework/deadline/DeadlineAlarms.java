package org.tongguan.casework.deadline;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.tongguan.casework.CaseId;
import org.tongguan.casework.event.CaseOverdue;
import org.tongguan.casework.event.CaseWarned;
import org.tongguan.casework.store.CaseFile;
import org.tongguan.casework.store.CaseRecord;
import org.tongguan.casework.store.CaseStore;
import org.tongguan.casework.store.Countdown;
import org.tongguan.casework.timeline.Actor;
import org.tongguan.casework.timeline.Step;
import org.tongguan.casework.timeline.StepRecord;
import org.tongguan.casework.timeline.TimeFormat;
import org.tongguan.casework.timeline.Timeline;
import org.tongguan.catalog.Stage;

/**
 * The automatic alarms of a case's time limits: a warning (预警) at 80 % of the current stage's limit and of the
 * overall limit, an overdue alarm (超期) when either runs out, and escalation (升级督办) when the case stays overdue
 * past the escalation margin. Clocks stand still while a case is suspended, and stop at closure. (Not sensing's
 * device alarms, 告警: these are a case's own time-limit alarms.)
 */
@Component
public class DeadlineAlarms {

	private final CaseStore cases;

	private final Escalations escalations;

	private final Timeline timeline;

	private final TimeFormat times;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	DeadlineAlarms(CaseStore cases, Escalations escalations, Timeline timeline, TimeFormat times,
			ApplicationEventPublisher events, Clock clock) {
		this.cases = cases;
		this.escalations = escalations;
		this.timeline = timeline;
		this.times = times;
		this.events = events;
		this.clock = clock;
	}

	/** When the next alarm of the case is due, empty when none will be (closed, suspended, all raised). */
	public Optional<Instant> next(CaseRecord record) {
		if (record.clocksStopped() || record.suspendedSince() != null) {
			return Optional.empty();
		}
		List<Instant> due = new ArrayList<>();
		pending(record.stageClock(), due);
		pending(record.overall(), due);
		escalations.dueAt(record).ifPresent(due::add);
		return due.stream().min(Comparator.naturalOrder());
	}

	/** Raises every alarm of the case that is due now, in order. */
	public void fire(CaseId id) {
		CaseRecord record = cases.lock(id);
		Instant now = clock.instant();
		if (record.clocksStopped() || record.suspendedSince() != null) {
			return;
		}
		CaseFile file = new CaseFile(record);
		Optional<Stage> stage = Deadlines.limitedStage(record.stage());
		boolean raised = stage.isPresent() && raise(file, stage.get(), now);
		raised |= raise(file, null, now);
		if (raised) {
			cases.save(file, now);
		}
		if (escalations.dueAt(record).filter(at -> !at.isAfter(now)).isPresent()) {
			escalations.escalate(record, now);
		}
	}

	/** Raises the alarms due on the limit of {@code stage}, or with {@code null} on the overall limit. */
	private boolean raise(CaseFile file, Stage stage, Instant now) {
		CaseRecord record = file.record();
		String limit = stage == null ? "总时限" : stage.label() + "环节时限";
		Optional<CaseWarned> warned = file.warn(stage, now);
		warned.ifPresent(event -> {
			note(record, Step.WARN, limit + "已用 80%，" + times.instant(event.dueAt()) + " 到期");
			events.publishEvent(event);
		});
		Optional<CaseOverdue> overdue = file.overdue(stage, now);
		overdue.ifPresent(event -> {
			note(record, Step.OVERDUE, limit + "已于 " + times.instant(event.dueAt()) + " 到期");
			events.publishEvent(event);
		});
		return warned.isPresent() || overdue.isPresent();
	}

	private void note(CaseRecord record, Step step, String text) {
		timeline.record(record.id(), StepRecord.of(Actor.SYSTEM, step, text), record.stage(), record.stage());
	}

	private static void pending(Countdown countdown, List<Instant> due) {
		if (countdown == null) {
			return;
		}
		if (!countdown.warned()) {
			due.add(countdown.warnAt());
		}
		if (!countdown.overdue()) {
			due.add(countdown.dueAt());
		}
	}
}
