package org.tongguan.casework.web;

import java.time.Instant;
import java.util.List;

import org.tongguan.casework.Reporter;
import org.tongguan.casework.store.Milestones;
import org.tongguan.casework.store.Tally;

/**
 * One case in full: what, where, who handles it and why, its time limits and lights, what happened so far and what
 * is open. The reporter is shown in full only to operators and shift leads, who call reporters back.
 *
 * @param id the case id
 * @param number the case number (案卷号)
 * @param channel where it came from
 * @param stage where it stands
 * @param category its sub-category
 * @param categoryVersionId the catalogue version its limits come from
 * @param matterType the 12345 matter type
 * @param urgency its urgency
 * @param description what is wrong
 * @param location where it is
 * @param reporter who reported it (masked unless the caller calls reporters back)
 * @param externalId the reporting system's id
 * @param responsibleDepartment the department the dispatch rules name
 * @param leadDepartment the department handling it (主办)
 * @param assisting the assisting departments (协办)
 * @param dispatch which dispatch rule decided and why
 * @param milestones when each stage was reached
 * @param deadline the overall time limit
 * @param stageDeadline the current stage's time limit
 * @param suspendedSince when the current suspension began
 * @param escalationLevel the level the case was escalated to
 * @param counts its counters
 * @param onTime whether it closed on time
 * @param satisfaction the reporter's latest answer at the callback
 * @param selfHandled whether an inspector handled it on the spot
 * @param duplicates likely duplicates found at intake
 * @param mergedInto the master case it follows, when merged
 * @param note the latest public note
 * @param attachments its attachments
 * @param openTasks what is open on it, and whether the caller may do it
 * @param requests extension and suspension requests
 * @param supervisions supervision notices and escalations
 * @param transfers 110 transfer records
 * @param updatedAt when anything last happened to it
 * @param callback the latest callback (回访): channel, when, the answer, or why there was none
 * @param masterOutcome for a merged duplicate, where its master stands and how it ended
 */
public record CaseView(long id, String number, Named channel, Named stage, Named category, long categoryVersionId,
		String matterType, String urgency, String description, LocationView location, Reporter reporter,
		String externalId, Named responsibleDepartment, Named leadDepartment, List<AssistView> assisting,
		DispatchView dispatch, Milestones milestones, LightView deadline, LightView stageDeadline,
		Instant suspendedSince, String escalationLevel, Tally counts, Boolean onTime, String satisfaction,
		boolean selfHandled, List<DuplicateView> duplicates, Named mergedInto, String note,
		List<AttachmentView> attachments, List<TaskView> openTasks, List<RequestView> requests,
		List<NoticeView> supervisions, List<TransferView> transfers, Instant updatedAt, CallbackView callback,
		MasterOutcome masterOutcome) {

	/**
	 * The latest callback (回访) of a case.
	 *
	 * @param channel how the reporter was reached (PHONE, SMS, APP, VISIT, OTHER), {@code null} when not
	 * @param contactedAt when the reporter was reached
	 * @param contact who was reached when not the reporter (shown to operators and shift leads only)
	 * @param satisfaction the answer, {@code null} when the loop ended without an evaluation
	 * @param noEvaluationReason why there is no evaluation (NO_CONTACT, DECLINED, OTHER)
	 * @param comment what was said
	 * @param recordedAt when it was recorded
	 * @param recordedBy who recorded it
	 */
	record CallbackView(String channel, Instant contactedAt, String contact, String satisfaction,
			String noEvaluationReason, String comment, Instant recordedAt, String recordedBy) {
	}

	/**
	 * The outcome of the master a merged duplicate follows.
	 *
	 * @param id the master's id
	 * @param number the master's number
	 * @param stage where the master stands
	 * @param closedAt when the master was closed (结案)
	 * @param onTime whether it closed on time
	 * @param result the master's latest public note (handling result, closing comment)
	 */
	record MasterOutcome(long id, String number, Named stage, Instant closedAt, Boolean onTime, String result) {
	}

	/**
	 * Where a case is.
	 *
	 * @param longitude longitude
	 * @param latitude latitude
	 * @param address address text
	 * @param grid unit grid
	 * @param community community
	 * @param street street
	 * @param district district
	 */
	record LocationView(Double longitude, Double latitude, String address, Named grid, Named community, Named street,
			Named district) {
	}

	/**
	 * A dispatch decision.
	 *
	 * @param rule the rule's code
	 * @param label the rule's name
	 * @param explanation the decision in words, with the catalogue version
	 */
	record DispatchView(String rule, String label, String explanation) {
	}

	/**
	 * A likely duplicate.
	 *
	 * @param id its id
	 * @param number its number
	 * @param distanceM how far apart, in metres
	 */
	record DuplicateView(long id, String number, long distanceM) {
	}

	/**
	 * An open task.
	 *
	 * @param key the task's BPMN id (the action that completes it)
	 * @param name its name
	 * @param since when it was opened
	 * @param groups who may complete it
	 * @param mine whether the caller may
	 */
	record TaskView(String key, String name, Instant since, List<String> groups, boolean mine) {
	}

	/**
	 * An assisting department (协办).
	 *
	 * @param department the department
	 * @param assignedAt when it was assigned
	 * @param doneAt when it reported its part
	 * @param result what it reported
	 */
	record AssistView(Named department, Instant assignedAt, Instant doneAt, String result) {
	}

	/**
	 * An attachment of the case.
	 *
	 * @param id the attachment id
	 * @param role BEFORE or AFTER handling
	 * @param addedAt when it was linked
	 * @param addedBy who linked it
	 * @param mediaType its media type, e.g. image/jpeg or application/pdf
	 * @param fileName the name it was uploaded with
	 * @param thumbnail whether it has a thumbnail (pictures do)
	 */
	record AttachmentView(String id, String role, Instant addedAt, String addedBy, String mediaType, String fileName,
			boolean thumbnail) {
	}

	/**
	 * An extension (延期) or suspension (挂账) request.
	 *
	 * @param id its id
	 * @param kind EXTENSION or SUSPENSION
	 * @param amount the extension asked for, e.g. 2d
	 * @param reason why
	 * @param requestedBy who asked
	 * @param requestedAt when
	 * @param decidedBy who decided
	 * @param decidedAt when
	 * @param approved the decision, {@code null} while pending
	 * @param comment the dispatcher's comment
	 */
	record RequestView(long id, String kind, String amount, String reason, String requestedBy, Instant requestedAt,
			String decidedBy, Instant decidedAt, Boolean approved, String comment) {
	}

	/**
	 * A supervision notice (督办) or escalation (升级督办).
	 *
	 * @param kind SUPERVISION or ESCALATION
	 * @param at when
	 * @param actor who sent it
	 * @param department the department it went to
	 * @param level for escalations, the level now overseeing the case
	 * @param notice the notice
	 */
	record NoticeView(String kind, Instant at, String actor, Named department, String level, String notice) {
	}

	/**
	 * A 110 transfer record.
	 *
	 * @param direction OUT (转110) or IN (110转入)
	 * @param reference the incident number or transfer reference
	 * @param reason why
	 * @param at when
	 * @param actor who
	 */
	record TransferView(String direction, String reference, String reason, Instant at, String actor) {
	}
}
