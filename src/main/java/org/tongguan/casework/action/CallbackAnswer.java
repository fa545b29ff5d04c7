package org.tongguan.casework.action;

import java.time.Instant;

import org.tongguan.casework.Satisfaction;

/**
 * What an operator records at a callback (回访).
 *
 * @param satisfaction the reporter's answer (required)
 * @param channel how the reporter was reached; the phone when absent and a phone number is on record, required
 * otherwise
 * @param contactedAt when the reporter was reached; now when absent
 * @param contact who was reached when not the reporter themselves (e.g. a relative), optional
 * @param comment what the reporter said; required for {@link CallbackChannel#OTHER}
 */
public record CallbackAnswer(Satisfaction satisfaction, CallbackChannel channel, Instant contactedAt, String contact,
		String comment) {
}
