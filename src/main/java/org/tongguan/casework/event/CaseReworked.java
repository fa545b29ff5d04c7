package org.tongguan.casework.event;

import org.tongguan.casework.CaseId;
import org.tongguan.identity.DepartmentCode;

/**
 * Published when verification failed and the case went back to the department (返工).
 *
 * @param id the case
 * @param to the department that works on it again
 */
public record CaseReworked(CaseId id, DepartmentCode to) {
}
