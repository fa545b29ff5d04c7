package org.tongguan.casework.statistics.ready;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What one case contributes to the statistics (a row of {@code casework_statistics_case}): its groups, the
 * city-local day of each event time the indicators count, the flags they count by, and its handling time.
 *
 * @param caseId the case
 * @param district its district
 * @param street its street, or {@code null}
 * @param community its community, or {@code null}
 * @param grid its unit grid, or {@code null}
 * @param department its lead department (主办), or {@code null} before dispatch
 * @param departmentName the lead department's name as the case holds it
 * @param category its sub-category
 * @param categoryName the sub-category's name as the case holds it
 * @param channel the channel it came in through
 * @param reported the day it was reported
 * @param filed the day it was filed, or {@code null}
 * @param dispatched the day it was last dispatched, or {@code null}
 * @param evaluated the day of its callback, or {@code null}
 * @param dueDay the day of its due time, or {@code null}
 * @param closedDay the day it closed, or {@code null}
 * @param dispatches how often it was dispatched
 * @param returns how often a department returned it as not theirs
 * @param satisfied the callback's answer: {@code null} when none, else whether satisfied
 * @param due whether it is due to close at all (it has a due time and did not end without closure)
 * @param closedEarly whether it closed before its due time (so it is due on the day it closed)
 * @param onTime whether it closed on time
 * @param reworked whether it was sent back after a failed verification
 * @param handling its handling time, or {@code null} when it does not count in the handling times
 */
public record Contribution(long caseId, String district, String street, String community, String grid, String department,
		String departmentName, String category, String categoryName, String channel, LocalDate reported,
		LocalDate filed, LocalDate dispatched, LocalDate evaluated, LocalDate dueDay, LocalDate closedDay,
		int dispatches, int returns, Boolean satisfied, boolean due, boolean closedEarly, boolean onTime,
		boolean reworked, Handling handling) {

	/** The day it counts as due to close (应结案): the day it closed when that came first, else its due day. */
	LocalDate dueToClose() {
		return closedEarly ? closedDay : dueDay;
	}

	/** Whether it closed at or after its due time (逾期结案): closed only for periods ending after the closure. */
	boolean closedLate() {
		return due && !closedEarly && closedDay != null;
	}

	/**
	 * The handling time (处置用时) of a case that closed: filing (or the imported case's start) to closure.
	 *
	 * @param start when its handling counts from
	 * @param closed when it closed
	 * @param calendarKind its working calendar
	 * @param workingSeconds the working time on that calendar
	 * @param calendarSeconds the calendar time
	 */
	record Handling(Instant start, Instant closed, String calendarKind, long workingSeconds, long calendarSeconds) {

		/** Whether the working time of this handling can be kept for that one: same start, end and calendar. */
		boolean sameSpan(Instant otherStart, Instant otherClosed, String otherKind) {
			return start.equals(otherStart) && closed.equals(otherClosed) && calendarKind.equals(otherKind);
		}
	}
}
