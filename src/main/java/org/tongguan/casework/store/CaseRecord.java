package org.tongguan.casework.store;

import java.time.Instant;

import org.tongguan.casework.CaseId;
import org.tongguan.casework.CaseStage;
import org.tongguan.casework.Channel;
import org.tongguan.casework.Reporter;
import org.tongguan.casework.Satisfaction;
import org.tongguan.region.RegionLevel;

/**
 * A case as stored: one row of {@code casework_case}.
 *
 * @param id its id
 * @param channel where it came from
 * @param stage where it stands
 * @param externalId the reporting system's id, may be {@code null}
 * @param reportedBy the user or system identity that reported it
 * @param reporter the reporting person, may be {@code null}
 * @param place where it is
 * @param matter what it is about
 * @param milestones when it reached each stage
 * @param overall the overall time limit, {@code null} for imported cases without one
 * @param stageClock the current stage's time limit, {@code null} in stages without one
 * @param suspendedSince when the current suspension (挂账) began, {@code null} unless suspended
 * @param alarmAt when the workflow's deadline timer is set to fire, {@code null} when none is set
 * @param escalationLevel the level the case was last escalated to, {@code null} before any escalation
 * @param tally its counters
 * @param assignment who is responsible and why
 * @param onTime whether it closed on time, {@code null} while not closed
 * @param satisfaction the latest callback's answer, may be {@code null}
 * @param selfHandled whether an inspector handled it on the spot (自处理)
 * @param duplicateSuspect whether intake found likely duplicates
 * @param imported whether it came from the history import (no workflow)
 * @param mergedInto the master it was merged into, {@code null} unless merged
 * @param note the latest public note (handling result, closing comment, void reason)
 * @param processInstanceId its workflow instance, {@code null} for imported cases
 * @param updatedAt when anything last happened to it
 */
public record CaseRecord(CaseId id, Channel channel, CaseStage stage, String externalId, String reportedBy,
		Reporter reporter, CasePlace place, CaseMatter matter, Milestones milestones, Countdown overall,
		Countdown stageClock, Instant suspendedSince, Instant alarmAt, RegionLevel escalationLevel, Tally tally,
		Assignment assignment, Boolean onTime, Satisfaction satisfaction, boolean selfHandled,
		boolean duplicateSuspect, boolean imported, CaseId mergedInto, String note, String processInstanceId,
		Instant updatedAt) {

	/** Whether the case is closed (结案) or ended otherwise, so that its clocks no longer run. */
	public boolean clocksStopped() {
		return stage.terminal() || milestones.closed() != null;
	}

	/** The overall deadline, {@code null} for a case without an overall limit. */
	public Instant dueAt() {
		return overall == null ? null : overall.dueAt();
	}
}
