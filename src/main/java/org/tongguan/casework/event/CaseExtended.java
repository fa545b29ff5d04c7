package org.tongguan.casework.event;

import java.time.Instant;

import org.tongguan.casework.CaseId;

/**
 * Published when the dispatcher approved an extension (延期) of a case's deadline.
 *
 * @param id the case
 * @param dueAt the new overall deadline
 */
public record CaseExtended(CaseId id, Instant dueAt) {
}
