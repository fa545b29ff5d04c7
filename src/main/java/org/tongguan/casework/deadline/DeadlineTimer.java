package org.tongguan.casework.deadline;

import java.time.Instant;
import java.util.Objects;

import org.springframework.stereotype.Component;
import org.tongguan.casework.CaseId;
import org.tongguan.casework.process.Workflow;
import org.tongguan.casework.store.CaseFile;
import org.tongguan.casework.store.CaseRecord;
import org.tongguan.casework.store.CaseStore;

/**
 * Keeps each case process's single deadline timer (a Flowable timer job, so it survives restarts and fires once on
 * one node) set to the case's next alarm: the process asks when to wake up, and actions that move a deadline tell the
 * process to ask again.
 */
@Component
public class DeadlineTimer {

	private final CaseStore cases;

	private final DeadlineAlarms alarms;

	private final Workflow workflow;

	DeadlineTimer(CaseStore cases, DeadlineAlarms alarms, Workflow workflow) {
		this.cases = cases;
		this.alarms = alarms;
		this.workflow = workflow;
	}

	/** When the case's timer should fire next, {@code null} for none; remembered on the case. */
	public Instant schedule(CaseId id) {
		Instant next = cases.find(id).flatMap(alarms::next).orElse(null);
		cases.setAlarm(id, next);
		return next;
	}

	/**
	 * {@link #schedule(CaseId)} for the case a call into its process was made for: remembered on the case file, which
	 * the caller saves.
	 */
	public Instant schedule(CaseFile file) {
		Instant next = alarms.next(file.current()).orElse(null);
		file.alarmAt(next);
		return next;
	}

	/**
	 * After an action, before its case is saved: wakes the process's timer when the case's next alarm is no longer the
	 * one it waits for; the timer asks for it again within this call.
	 */
	public void sync(CaseFile file) {
		CaseRecord current = file.current();
		Instant next = alarms.next(current).orElse(null);
		if (!Objects.equals(next, current.alarmAt()) && current.processInstanceId() != null) {
			workflow.deadlinesChanged(file);
		}
	}
}
