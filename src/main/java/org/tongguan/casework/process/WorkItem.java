package org.tongguan.casework.process;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.tongguan.casework.CaseId;
import org.tongguan.identity.Caller;
import org.tongguan.identity.Role;

/**
 * An open user task of a case's process (待办).
 *
 * @param taskId the engine's task id
 * @param caseId the case
 * @param key the task's BPMN id, e.g. {@code handle}
 * @param name the task's name, e.g. 处置
 * @param groups who may complete it
 * @param createdAt when it was created
 */
public record WorkItem(TaskId taskId, CaseId caseId, String key, String name, List<TaskGroup> groups,
		Instant createdAt) {

	/** The role in which the caller may complete the task, empty when the caller may not. */
	public Optional<Role> roleFor(Caller caller) {
		return groups.stream().filter(group -> group.admits(caller)).map(TaskGroup::role).findFirst();
	}
}
