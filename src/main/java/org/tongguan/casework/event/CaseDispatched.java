package org.tongguan.casework.event;

import java.time.Instant;
import java.util.List;

import org.tongguan.casework.CaseId;
import org.tongguan.identity.DepartmentCode;

/**
 * Published when a case was dispatched (派遣) to a lead department and any assisting departments.
 *
 * @param id the case
 * @param to the lead department (主办)
 * @param assisting the assisting departments (协办), often none
 * @param dueAt the overall deadline
 */
public record CaseDispatched(CaseId id, DepartmentCode to, List<DepartmentCode> assisting, Instant dueAt) {
}
