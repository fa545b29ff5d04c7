package org.tongguan.casework.event;

import org.tongguan.casework.CaseId;
/**
 * Published when the handling department asked for more time (申请延期); the dispatcher decides.
 *
 * @param id the case
 * @param request the request's id, for the approval
 * @param extension the working time asked for, e.g. {@code 2d} or {@code 4h}
 */
public record CaseExtensionRequested(CaseId id, long request, String extension) {
}
