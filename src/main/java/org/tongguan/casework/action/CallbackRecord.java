package org.tongguan.casework.action;

import java.time.Instant;

import org.tongguan.casework.Satisfaction;

/**
 * One callback (回访) of a case as recorded: the reporter's answer through a channel, or the loop ended without an
 * evaluation and why.
 *
 * @param recordedAt when it was recorded
 * @param recordedBy who recorded it
 * @param channel how the reporter was reached, {@code null} when the loop ended without an evaluation
 * @param contactedAt when the reporter was reached, {@code null} when they were not
 * @param contact who was reached (e.g. the reporter's relative), {@code null} for the reporter themselves
 * @param satisfaction the answer, {@code null} when the loop ended without an evaluation
 * @param noEvaluationReason why there is no evaluation, {@code null} when there is one
 * @param comment what was said
 */
public record CallbackRecord(Instant recordedAt, String recordedBy, CallbackChannel channel, Instant contactedAt,
		String contact, Satisfaction satisfaction, NoEvaluationReason noEvaluationReason, String comment) {

	/** Whether the reporter evaluated the outcome (评价). */
	public boolean evaluated() {
		return satisfaction != null;
	}
}
