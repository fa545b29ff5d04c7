package org.tongguan.casework;

import org.tongguan.identity.Caller;

/**
 * How every channel reports a matter: validates it, locates it in the grid, checks for duplicates, stores it and
 * starts its process, all or nothing.
 */
public interface CaseIntake {

	/**
	 * Reports a matter on behalf of a caller (a signed-in person, or an external system by its API key), who must have
	 * the matter's place in their data scope and is named as its reporter on the timeline.
	 *
	 * @return the new case, or the case first created with the same idempotency key
	 * @throws org.tongguan.shared.InvalidInputException when the report is invalid (nothing is stored)
	 * @throws org.springframework.security.access.AccessDeniedException when the place lies outside the caller's
	 * data scope
	 */
	CaseSnapshot report(Caller caller, CaseReport report);

	/**
	 * Reports a matter that arrives without a caller (a citizen's submission, a sensor alarm) on behalf of its
	 * channel, whose system identity the timeline names.
	 *
	 * @return the new case, or the case first created with the same idempotency key
	 * @throws org.tongguan.shared.InvalidInputException when the report is invalid (nothing is stored)
	 */
	CaseSnapshot reportForChannel(CaseReport report);

	/**
	 * Records on the timeline of the case a channel reported under the external id that the matter it reported has
	 * cleared (物联告警解除, 指标预警解除), when there is such a case; the case itself goes on round the loop.
	 *
	 * @param channel {@link Channel#SENSOR} or {@link Channel#INDICATOR}
	 * @param note what cleared, in words
	 */
	void recordCleared(Channel channel, String externalId, String note);
}
