package org.tongguan.casework.internal;

import org.tongguan.casework.CaseSnapshot;

/**
 * What intake answers: the case, and whether this report created it or an earlier one with the same key did.
 *
 * @param snapshot the case
 * @param created {@code false} when the idempotency key returned the case an earlier report created
 */
public record IntakeResult(CaseSnapshot snapshot, boolean created) {
}
