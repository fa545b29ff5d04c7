package org.tongguan.casework.process;

import java.util.Optional;

import org.tongguan.identity.Caller;
import org.tongguan.identity.DepartmentCode;
import org.tongguan.identity.Role;

/**
 * Who may complete a task: a role, or a role within one department. In the BPMN file a candidate group is a role
 * name ({@code DISPATCHER}) or a role at a department ({@code HANDLER@440304-CHENGGUAN}).
 *
 * @param role the role
 * @param department the department the caller must belong to, {@code null} for any
 */
public record TaskGroup(Role role, DepartmentCode department) {

	/** Reads a candidate group; empty for groups that name no known role. */
	public static Optional<TaskGroup> parse(String group) {
		String[] parts = group.strip().split("@", 2);
		try {
			Role role = Role.valueOf(parts[0]);
			return Optional.of(new TaskGroup(role, parts.length == 2 ? new DepartmentCode(parts[1]) : null));
		}
		catch (IllegalArgumentException e) {
			return Optional.empty();
		}
	}

	/** Whether the caller belongs to this group. */
	public boolean admits(Caller caller) {
		return caller.has(role) && (department == null || department.equals(caller.department()));
	}
}
