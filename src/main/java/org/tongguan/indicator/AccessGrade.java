package org.tongguan.indicator;

import java.util.EnumSet;
import java.util.Set;

import org.tongguan.identity.Caller;
import org.tongguan.identity.Role;

/**
 * 分级授权 — who may see an indicator, its plan and its values (values only within the caller's data scope). An
 * administrator sees every grade.
 */
public enum AccessGrade {
	/** 公开 — every signed-in user and every API key. */
	PUBLIC("公开", EnumSet.allOf(Role.class), false),
	/**
	 * 内部 — the platform's staff (every role but EXTERNAL_SYSTEM), and the systems of the indicator's source or
	 * responsible department.
	 */
	INTERNAL("内部", EnumSet.complementOf(EnumSet.of(Role.EXTERNAL_SYSTEM)), true),
	/**
	 * 受限 — shift leads, leaders and administrators, and the people and systems of the indicator's source or
	 * responsible department.
	 */
	RESTRICTED("受限", EnumSet.of(Role.SHIFT_LEAD, Role.LEADER, Role.ADMIN), true),
	/** 领导专阅 — leaders and administrators only. */
	LEADERS("领导专阅", EnumSet.of(Role.LEADER, Role.ADMIN), false);

	private final String label;

	private final Set<Role> roles;

	private final boolean departments;

	AccessGrade(String label, Set<Role> roles, boolean departments) {
		this.label = label;
		this.roles = roles;
		this.departments = departments;
	}

	/** The Chinese name users know the grade by. */
	public String label() {
		return label;
	}

	/** The roles that see every indicator of this grade. */
	public Set<Role> roles() {
		return roles;
	}

	/** Whether the people and systems of an indicator's source or responsible department see it too. */
	public boolean opensToItsDepartments() {
		return departments;
	}

	/** Whether the caller may see the indicator. */
	public boolean admits(Caller caller, IndicatorPlan plan) {
		return caller.roles().stream().anyMatch(roles::contains) || departments && caller.department() != null
				&& (caller.department().equals(plan.source().department())
						|| caller.department().equals(plan.responsibleDepartment()));
	}
}
