package org.tongguan.console.live;

import java.time.Instant;

import org.tongguan.casework.CaseSnapshot;
import org.tongguan.identity.PersonalData;

/**
 * A case as the live stream shows it (event {@code case}): what happened to it and where it stands now, with no
 * reporter and with phone numbers, ID card numbers and e-mail addresses masked in its texts.
 *
 * @param change what happened: REPORTED, ACCEPTED, VOIDED, FILED, DISPATCHED, RETURNED, EXTENSION_REQUESTED,
 *        EXTENDED, SUSPENSION_REQUESTED, SUSPENDED, RESUMED, HANDLED, VERIFIED, REWORKED, CLOSED, EVALUATED,
 *        REOPENED, WARNED, OVERDUE, SUPERVISED, ESCALATED, MERGED or TRANSFERRED
 * @param id the case id
 * @param number the case number (案卷号)
 * @param stage where it stands now (a {@code CaseStage} name)
 * @param stageName the stage's Chinese name
 * @param channel where it came from
 * @param category its sub-category's code
 * @param categoryName the sub-category's name
 * @param urgency its urgency
 * @param description the reported description, masked and cut to 200 characters
 * @param address the address text, masked
 * @param longitude longitude, may be {@code null}
 * @param latitude latitude, may be {@code null}
 * @param grid the unit grid, may be {@code null}
 * @param street the street
 * @param district the district
 * @param department the lead department (主办), {@code null} before dispatch
 * @param departmentName its name
 * @param reportedAt when it was reported
 * @param dueAt the overall deadline, {@code null} before filing
 * @param closedAt when it was closed
 * @param updatedAt when anything last happened to it
 */
record CaseChange(String change, long id, String number, String stage, String stageName, String channel,
		String category, String categoryName, String urgency, String description, String address, Double longitude,
		Double latitude, String grid, String street, String district, String department, String departmentName,
		Instant reportedAt, Instant dueAt, Instant closedAt, Instant updatedAt) {

	private static final int DESCRIPTION = 200;

	static CaseChange of(String change, CaseSnapshot snapshot) {
		return new CaseChange(change, snapshot.id().value(), snapshot.number(), snapshot.stage().name(),
				snapshot.stage().label(), snapshot.channel().name(), snapshot.category().value(),
				snapshot.categoryName(), snapshot.urgency() == null ? null : snapshot.urgency().name(),
				shortened(PersonalData.scrub(snapshot.description())), PersonalData.scrub(snapshot.address()),
				snapshot.longitude(), snapshot.latitude(), code(snapshot.grid()), code(snapshot.street()),
				code(snapshot.district()), snapshot.department() == null ? null : snapshot.department().value(),
				snapshot.departmentName(), snapshot.reportedAt(), snapshot.dueAt(), snapshot.closedAt(),
				snapshot.updatedAt());
	}

	private static String code(Object code) {
		return code == null ? null : code.toString();
	}

	private static String shortened(String text) {
		if (text == null || text.codePointCount(0, text.length()) <= DESCRIPTION) {
			return text;
		}
		return text.substring(0, text.offsetByCodePoints(0, DESCRIPTION)) + "…";
	}
}
