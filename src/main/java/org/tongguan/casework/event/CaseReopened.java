package org.tongguan.casework.event;

import org.tongguan.casework.CaseId;
/**
 * Published when a closed case was reopened (重办), after a dissatisfied callback or a rejected self-handling.
 *
 * @param id the case
 */
public record CaseReopened(CaseId id) {
}
