package org.tongguan.casework.history.row;

import java.time.Instant;

import org.tongguan.casework.CaseStage;
import org.tongguan.casework.Satisfaction;
import org.tongguan.casework.store.CaseMatter;
import org.tongguan.casework.store.CasePlace;
import org.tongguan.casework.store.Countdown;
import org.tongguan.casework.store.Milestones;
import org.tongguan.casework.store.Tally;
import org.tongguan.identity.Department;

/**
 * One valid row of a history file, ready to store.
 *
 * @param line the line of the file it came from
 * @param externalId its id in the system it came from
 * @param stage the stage it is in
 * @param reached when it reached each stage
 * @param handlingFrom when its handling time counts from when the file has no {@code filedAt}: {@code acceptedAt},
 * else {@code reportedAt}; {@code null} when filed
 * @param matter its category, urgency and description
 * @param place where it is
 * @param lead the department that handled it (主办), {@code null} when not known
 * @param overall its overall deadline with the warned and overdue flags as of its closure (or now)
 * @param onTime whether it was closed by its due time, {@code null} while not closed
 * @param satisfaction the reporter's answer at the callback, {@code null} when not called back
 * @param tally how often it was dispatched, returned, reworked and reopened
 */
public record HistoryCase(int line, String externalId, CaseStage stage, Milestones reached, Instant handlingFrom,
		CaseMatter matter, CasePlace place, Department lead, Countdown overall, Boolean onTime,
		Satisfaction satisfaction, Tally tally) {

	/** Whether it is imported backlog (历史积案): still open, neither closed nor ended otherwise. */
	public boolean backlog() {
		return reached.closed() == null && stage != CaseStage.VOIDED && stage != CaseStage.MERGED
				&& stage != CaseStage.TRANSFERRED;
	}
}
