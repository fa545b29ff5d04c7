package org.tongguan.identity;

/**
 * Published when a department was merged into another: its people already belong to {@code into}; case handling
 * moves the open cases it leads.
 *
 * @param merged the department merged away (now disabled)
 * @param into the department that takes over its work
 * @param intoName the name of that department
 */
public record DepartmentMerged(DepartmentCode merged, DepartmentCode into, String intoName) {
}
