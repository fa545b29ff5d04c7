package org.tongguan.casework.event;

import java.time.Instant;

import org.tongguan.casework.CaseId;

/**
 * Published when a suspended case resumed; its deadlines moved by the time it was suspended.
 *
 * @param id the case
 * @param dueAt the new overall deadline
 * @param previousDueAt the overall deadline before it moved, which the statistics no longer count the case as due on
 */
public record CaseResumed(CaseId id, Instant dueAt, Instant previousDueAt) {
}
