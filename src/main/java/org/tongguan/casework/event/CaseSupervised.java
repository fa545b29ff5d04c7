package org.tongguan.casework.event;

import org.tongguan.casework.CaseId;
import org.tongguan.identity.DepartmentCode;

/**
 * Published when a shift lead or leader sent a supervision notice (督办) to the handling department.
 *
 * @param id the case
 * @param department the department the notice went to
 */
public record CaseSupervised(CaseId id, DepartmentCode department) {
}
