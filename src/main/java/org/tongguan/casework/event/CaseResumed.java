package org.tongguan.casework.event;

import java.time.Instant;

import org.tongguan.casework.CaseId;

/**
 * Published when a suspended case resumed; its deadlines moved by the time it was suspended.
 *
 * @param id the case
 * @param dueAt the new overall deadline
 */
public record CaseResumed(CaseId id, Instant dueAt) {
}
