package org.tongguan.casework.statistics;

import java.time.Instant;

import org.tongguan.casework.CaseStage;

/**
 * A case as the statistics count it: the values of its row of {@code casework_case} that its contribution to the ready
 * data (decision 0015) is computed from, read from the row by the fold or handed over by an import that holds them.
 *
 * @param id the case's id
 * @param stage its stage
 * @param district its district
 * @param street its street, or {@code null}
 * @param community its community, or {@code null}
 * @param grid its unit grid, or {@code null}
 * @param leadDepartment its lead department (主办), or {@code null}
 * @param leadDepartmentName that department's name as the case holds it
 * @param category its sub-category
 * @param categoryName the sub-category's name as the case holds it
 * @param channel the channel it came in through
 * @param calendarKind its working calendar
 * @param reportedAt when it was reported
 * @param filedAt when it was filed, or {@code null}
 * @param dispatchedAt when it was last dispatched, or {@code null}
 * @param evaluatedAt when it was called back, or {@code null}
 * @param dueAt its due time, or {@code null}
 * @param closedAt when it closed, or {@code null}
 * @param handlingFrom when an unfiled imported case's handling counts from, or {@code null}
 * @param dispatchCount how often it was dispatched
 * @param returnCount how often it was returned as not theirs
 * @param satisfaction the callback's answer (a {@link org.tongguan.casework.Satisfaction} name), or {@code null}
 * @param onTime whether it closed on time, {@code null} while not closed
 * @param reworkCount how often it was sent back after verification
 */
public record CountedCase(long id, CaseStage stage, String district, String street, String community, String grid,
		String leadDepartment, String leadDepartmentName, String category, String categoryName, String channel,
		String calendarKind, Instant reportedAt, Instant filedAt, Instant dispatchedAt, Instant evaluatedAt,
		Instant dueAt, Instant closedAt, Instant handlingFrom, int dispatchCount, int returnCount, String satisfaction,
		Boolean onTime, int reworkCount) {
}
