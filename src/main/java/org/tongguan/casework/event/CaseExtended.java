package org.tongguan.casework.event;

import java.time.Instant;

import org.tongguan.casework.CaseId;

/**
 * Published when the dispatcher approved an extension (延期) of a case's deadline.
 *
 * @param id the case
 * @param dueAt the new overall deadline
 * @param previousDueAt the overall deadline before, which the statistics no longer count the case as due on
 */
public record CaseExtended(CaseId id, Instant dueAt, Instant previousDueAt) {
}
