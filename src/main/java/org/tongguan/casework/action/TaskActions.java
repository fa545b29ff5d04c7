package org.tongguan.casework.action;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.tongguan.casework.CaseId;
import org.tongguan.casework.deadline.DeadlineTimer;
import org.tongguan.casework.process.CaseProgress;
import org.tongguan.casework.process.Passage;
import org.tongguan.casework.process.ProcessTask;
import org.tongguan.casework.process.WorkItem;
import org.tongguan.casework.process.WorkItems;
import org.tongguan.casework.process.Workflow;
import org.tongguan.casework.store.CaseFile;
import org.tongguan.casework.store.CaseNumbers;
import org.tongguan.casework.store.CaseRecord;
import org.tongguan.casework.store.CaseStore;
import org.tongguan.casework.timeline.Actor;
import org.tongguan.casework.timeline.StepRecord;
import org.tongguan.identity.Caller;
import org.tongguan.identity.Callers;
import org.tongguan.identity.Role;
import org.tongguan.shared.ConflictException;

/**
 * What every action on a case's open task does alike: lock the case, check the caller's data scope, find the open
 * task (409 when the case is not waiting for it: the process's open tasks say so, not the case row), check that the
 * caller is among the task's candidate groups (403), and after the action's own changes on the case file (whose
 * transitions refuse what the case's own state does not allow) complete the task as one timeline step, save the case
 * once and re-set the deadline timer.
 */
@Component
public class TaskActions {

	private final Callers callers;

	private final CaseStore cases;

	private final WorkItems workItems;

	private final Workflow workflow;

	private final CaseProgress progress;

	private final DeadlineTimer timer;

	private final CaseNumbers numbers;

	private final Clock clock;

	TaskActions(Callers callers, CaseStore cases, WorkItems workItems, Workflow workflow, CaseProgress progress,
			DeadlineTimer timer, CaseNumbers numbers, Clock clock) {
		this.callers = callers;
		this.cases = cases;
		this.workItems = workItems;
		this.workflow = workflow;
		this.progress = progress;
		this.timer = timer;
		this.numbers = numbers;
		this.clock = clock;
	}

	/** Locks the case and finds the task the caller may complete. */
	public Context open(CaseId id, ProcessTask task) {
		Caller caller = callers.current();
		CaseRecord record = cases.lock(id);
		callers.requireScope(record.place().finest());
		List<WorkItem> items = workItems.of(id, task);
		if (items.isEmpty()) {
			throw new ConflictException("Case " + numbers.of(id, record.milestones().reported()) + " is "
					+ record.stage().label() + " (" + record.stage() + "), not waiting for " + task.label() + " ("
					+ task.key() + ")");
		}
		for (WorkItem item : items) {
			Optional<Role> role = item.roleFor(caller);
			if (role.isPresent()) {
				return new Context(new CaseFile(record), Actor.of(caller, role.get()), item, clock.instant());
			}
		}
		throw new AccessDeniedException(task.label() + " of this case is for " + items.get(0).groups());
	}

	/** Completes the task as one timeline step and saves the case with the action's changes. */
	public void complete(Context context, StepRecord step, Map<String, Object> variables) {
		Passage passage = workflow.complete(context.task().taskId(), variables, context.file());
		progress.follow(context.record().stage(), step, passage, context.now());
		timer.sync(context.file());
		cases.save(context.file(), context.now());
	}

	/**
	 * Sends the case's process a message (a request that interrupts the task) as one timeline step and saves the
	 * case with the action's changes.
	 */
	public void message(Context context, StepRecord step, String message) {
		Passage passage = workflow.message(context.file(), message)
			.orElseThrow(() -> new ConflictException("The case's process does not take " + message + " now"));
		progress.follow(context.record().stage(), step, passage, context.now());
		timer.sync(context.file());
		cases.save(context.file(), context.now());
	}

	/**
	 * An action in progress.
	 *
	 * @param file the case, locked, and the only writer of its changes
	 * @param actor the caller in the role the task admits them in
	 * @param task the open task
	 * @param now the time of the action
	 */
	public record Context(CaseFile file, Actor actor, WorkItem task, Instant now) {

		/** The case as the action loaded it. */
		public CaseRecord record() {
			return file.record();
		}

		/** The case's id. */
		public CaseId id() {
			return file.id();
		}
	}
}
