package org.tongguan.casework.event;

import org.tongguan.casework.CaseId;
import org.tongguan.identity.DepartmentCode;

/**
 * Published when the lead department reported a case handled (处置完成).
 *
 * @param id the case
 * @param by the lead department
 */
public record CaseHandled(CaseId id, DepartmentCode by) {
}
