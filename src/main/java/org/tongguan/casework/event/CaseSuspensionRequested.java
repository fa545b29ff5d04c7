package org.tongguan.casework.event;

import org.tongguan.casework.CaseId;
/**
 * Published when the handling department asked to suspend a case (申请挂账); the dispatcher decides.
 *
 * @param id the case
 * @param request the request's id, for the approval
 */
public record CaseSuspensionRequested(CaseId id, long request) {
}
