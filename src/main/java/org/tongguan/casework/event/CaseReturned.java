package org.tongguan.casework.event;

import org.tongguan.casework.CaseId;
import org.tongguan.identity.DepartmentCode;

/**
 * Published when a department returned a case to the dispatcher as not theirs (退回, a wrong dispatch).
 *
 * @param id the case
 * @param from the department that returned it
 */
public record CaseReturned(CaseId id, DepartmentCode from) {
}
