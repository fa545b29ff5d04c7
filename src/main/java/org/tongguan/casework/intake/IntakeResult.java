package org.tongguan.casework.intake;

import org.tongguan.casework.store.CaseRecord;

/**
 * What intake answers: the case as stored, and whether this report created it or an earlier one with the same key did.
 *
 * @param record the case, as the answer to the report shows it
 * @param created {@code false} when the idempotency key returned the case an earlier report created
 */
public record IntakeResult(CaseRecord record, boolean created) {
}
