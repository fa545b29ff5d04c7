package org.tongguan.casework.event;

import org.tongguan.casework.CaseId;
/**
 * Published when an operator accepted a report (受理).
 *
 * @param id the case
 */
public record CaseAccepted(CaseId id) {
}
