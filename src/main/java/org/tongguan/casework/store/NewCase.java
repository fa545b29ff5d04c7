package org.tongguan.casework.store;

import org.tongguan.casework.CaseId;
import org.tongguan.casework.CaseStage;
import org.tongguan.casework.Channel;
import org.tongguan.casework.Reporter;

/**
 * A case as intake stores it, before it has an id.
 *
 * @param channel where it came from
 * @param stage its first stage
 * @param idempotencyKey the scoped idempotency key, may be {@code null}
 * @param externalId the reporting system's id, may be {@code null}
 * @param reportedBy the user or system identity that reported it
 * @param reporter the reporting person, may be {@code null}
 * @param place where it is
 * @param matter what it is about
 * @param milestones the stages reached at intake (all of them up to closure for self-handled cases)
 * @param overall the overall time limit
 * @param stageClock the first stage's time limit, may be {@code null}
 * @param assignment the responsible department by the dispatch rules
 * @param selfHandled whether an inspector handled it on the spot (自处理)
 * @param duplicateSuspect whether likely duplicates were found
 * @param onTime the on-time flag of a case closed at intake, otherwise {@code null}
 */
public record NewCase(Channel channel, CaseStage stage, String idempotencyKey, String externalId, String reportedBy,
		Reporter reporter, CasePlace place, CaseMatter matter, Milestones milestones, Countdown overall,
		Countdown stageClock, Assignment assignment, boolean selfHandled, boolean duplicateSuspect, Boolean onTime) {

	/** The case as stored under this id, before its process starts. */
	public CaseRecord stored(CaseId id) {
		return new CaseRecord(id, channel, stage, externalId, reportedBy, reporter, place, matter, milestones, overall,
				stageClock, null, null, null, new Tally(0, 0, 0, 0, 0, 0, 0), assignment, onTime, null, selfHandled,
				duplicateSuspect, false, null, null, null, milestones.reported());
	}
}
