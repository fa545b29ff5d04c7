package org.tongguan.casework;

/**
 * How every channel reports a matter: validates it, locates it in the grid, checks for duplicates, stores it and
 * starts its process, all or nothing.
 */
public interface CaseIntake {

	/**
	 * Reports a matter on behalf of the current caller (or of the channel's system identity for public channels).
	 *
	 * @return the new case, or the case first created with the same idempotency key
	 * @throws org.tongguan.shared.InvalidInputException when the report is invalid (nothing is stored)
	 */
	CaseSnapshot report(CaseReport report);
}
