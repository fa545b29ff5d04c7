package org.tongguan.identity.department;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongguan.identity.Callers;
import org.tongguan.identity.Department;
import org.tongguan.identity.DepartmentMerged;
import org.tongguan.identity.audit.AuditEvent;
import org.tongguan.identity.audit.SecurityAudit;
import org.tongguan.shared.ConflictException;
import org.tongguan.shared.InvalidInputException;

/**
 * Takes departments out of work and back: a disabled department receives no dispatch; a merged department (机构合并)
 * hands its people to another, is disabled and names it, and case handling moves the open cases it leads there.
 */
@Service
@Transactional
public class DepartmentLifecycle {

	private final DepartmentAdministration administration;

	private final DepartmentStore store;

	private final Callers callers;

	private final SecurityAudit audit;

	private final ApplicationEventPublisher events;

	DepartmentLifecycle(DepartmentAdministration administration, DepartmentStore store, Callers callers,
			SecurityAudit audit, ApplicationEventPublisher events) {
		this.administration = administration;
		this.store = store;
		this.callers = callers;
		this.audit = audit;
		this.events = events;
	}

	/** Disables a department; it keeps its people and cases but receives no new dispatch. */
	public Department disable(String code) {
		Department department = inScope(code);
		if (!department.enabled()) {
			throw new ConflictException(code + " is already disabled");
		}
		store.setState(department.code(), false, null);
		audit.record(AuditEvent.DEPARTMENT_DISABLED, callers.current().username(), code, department.name());
		return administration.get(code);
	}

	/** Enables a disabled department again; a merged department stays merged. */
	public Department enable(String code) {
		Department department = inScope(code);
		if (department.mergedInto() != null) {
			throw new ConflictException(code + " was merged into " + department.mergedInto()
					+ " and cannot be enabled again");
		}
		if (department.enabled()) {
			throw new ConflictException(code + " is already enabled");
		}
		store.setState(department.code(), true, null);
		audit.record(AuditEvent.DEPARTMENT_ENABLED, callers.current().username(), code, department.name());
		return administration.get(code);
	}

	/** Merges a department into another: its users move there, it is disabled, and its open cases follow. */
	public Department merge(String code, String into) {
		Department merged = inScope(code);
		if (into == null || into.isBlank()) {
			throw new InvalidInputException("into", "is required: the code of the department taking over");
		}
		if (!into.strip().matches("[0-9A-Za-z_-]{2,64}")) {
			throw new InvalidInputException("into", "'" + into + "' is not a department code");
		}
		Department target = administration.find(into.strip())
			.orElseThrow(() -> new InvalidInputException("into", "no department has the code " + into));
		callers.requireScope(target.home());
		if (target.code().equals(merged.code())) {
			throw new InvalidInputException("into", "a department cannot be merged into itself");
		}
		if (merged.mergedInto() != null) {
			throw new ConflictException(code + " was already merged into " + merged.mergedInto());
		}
		if (!target.enabled()) {
			throw new InvalidInputException("into", target.code() + " is disabled; merge into a department at work");
		}
		int users = store.moveMembers(merged.code(), target.code());
		store.setState(merged.code(), false, target.code());
		audit.record(AuditEvent.DEPARTMENT_MERGED, callers.current().username(), code,
				"into " + target.code() + ", " + users + " users moved");
		events.publishEvent(new DepartmentMerged(merged.code(), target.code(), target.name()));
		return administration.get(code);
	}

	private Department inScope(String code) {
		Department department = administration.get(code);
		callers.requireScope(department.home());
		return department;
	}
}
