package org.tongguan.casework.statistics.web;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.function.Supplier;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tongguan.casework.intake.CategoryNames;
import org.tongguan.casework.statistics.CaseStatistics;
import org.tongguan.casework.statistics.GroupBy;
import org.tongguan.casework.statistics.StatisticsQuery;
import org.tongguan.casework.statistics.StatisticsReport;
import org.tongguan.identity.Callers;
import org.tongguan.identity.DepartmentCode;
import org.tongguan.region.RegionCode;
import org.tongguan.shared.InvalidInputException;
import org.tongguan.shared.PlatformProperties;

/** 案件统计 — the evaluation indicators of cases for leaders, shift leads, dispatchers and administrators. */
@RestController
@Tag(name = "Statistics (案件统计)")
class StatisticsController {

	static final String DESCRIPTION = """
			The evaluation indicators of cases for the period `[from, to)`, one row per group (`groupBy` = province, \
			city, district, street, community, grid, department (the lead department), category (the sub-category) \
			or channel) and a total, always within the caller's data scope: a district-scoped caller counts only that \
			district's cases, a province-scoped one every city of the province. Imported history counts like any \
			case. `from` and `to` are dates (`2025-03-01`, midnight on the city's clock) or date-times with an \
			offset; by default the period runs from the first day of the current month to now. Filters: `district` \
			(any region code — province, city, district, street, community or grid — as a subtree), `department` (lead \
			department code), `category` (sub-category code or exact name).

			Definitions:
			- **reported** (上报数): cases reported in the period; **filed** (立案数): cases filed in the period.
			- **dueToClose** (应结案数): cases that in the period either reached their overall due time without having \
			been closed before it, or were closed ahead of their due time — the period holds the earlier of due time \
			and closure, so each case is due in exactly one period and periods add up. Cases voided, merged into a \
			master case or transferred to 110 are never due.
			- **closed** (结案数): cases due to close that were closed before the end of the period; **closedOnTime** \
			(按期结案数): of those, closed no later than their due time (extensions move the due time, suspensions do \
			not count).
			- **closureRate** 结案率 = closed / dueToClose; **onTimeClosureRate** 按期结案率 = closedOnTime / dueToClose; \
			**grade** of 按期结案率: ≥ 90 A, ≥ 75 B, ≥ 60 C, ≥ 40 D, else E.
			- **reworked** (返工数): cases due to close sent back to the department at least once after failed \
			verification; **reworkRate** 返工率 = reworked / dueToClose.
			- **dispatched** (派遣数): every dispatch (re-dispatches included) of the cases last dispatched in the \
			period; **wronglyDispatched**: how often those cases were returned as not theirs (退回); \
			**accuratelyDispatched** 准确派遣 = dispatched − wronglyDispatched; **accurateDispatchRate** = \
			accuratelyDispatched / dispatched.
			- **handlingTime** (处置用时): filing → closure of the filed cases closed in the period; average and median in \
			working time (the case's calendar: working hours on working days, 24×7 for round-the-clock categories; \
			suspensions included) and in calendar time, in hours.
			- **satisfactionRate** 满意率 = satisfied (满意 + 基本满意) / evaluated, over the callbacks (回访) in the period.

			Rates are percentages rounded to 0.01 and null when their denominator is 0. A department is credited with \
			the dispatches and returns of the cases it leads now.

			Periods of whole days (both `from` and `to` dates, or midnights on the city's clock) are answered from \
			the statistics' ready data, kept up to date as cases change (decision 0015); other periods, and the \
			grouping by grid, are computed from the cases (slower on a large history, same figures). `medians=false` \
			leaves out the exact median handling times (the averages stay): a cockpit's counts and rates then read \
			only the ready data's cells.""";

	private final CaseStatistics statistics;

	private final Callers callers;

	private final ZoneId zone;

	private final Clock clock;

	private final CategoryNames categories;

	StatisticsController(CaseStatistics statistics, Callers callers, PlatformProperties platform, Clock clock,
			CategoryNames categories) {
		this.statistics = statistics;
		this.callers = callers;
		this.zone = platform.zone();
		this.clock = clock;
		this.categories = categories;
	}

	@GetMapping("/api/statistics/cases")
	@PreAuthorize("hasAnyRole('LEADER', 'SHIFT_LEAD', 'ADMIN', 'DISPATCHER')")
	@Operation(summary = "Case statistics (案件统计): 结案率, 按期结案率, 返工率, 准确派遣率, handling time, 满意率",
			description = DESCRIPTION)
	StatisticsReport cases(@RequestParam(defaultValue = "district") String groupBy,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String district, @RequestParam(required = false) String department,
			@RequestParam(required = false) String category, @RequestParam(defaultValue = "true") boolean medians) {
		Instant end = to == null ? clock.instant() : instant("to", to);
		Instant start = from == null ? LocalDate.now(clock.withZone(zone)).withDayOfMonth(1).atStartOfDay(zone)
			.toInstant() : instant("from", from);
		if (!start.isBefore(end)) {
			throw new InvalidInputException("from", "the period must end after it starts (from " + start + ", to "
					+ end + ")");
		}
		RegionCode region = district == null ? null : value("district", () -> RegionCode.of(district));
		return statistics.report(new StatisticsQuery(grouping(groupBy), start, end, region,
				department == null ? null : value("department", () -> new DepartmentCode(department)),
				categories.resolve("category", category), medians),
				callers.current().scope());
	}

	private static GroupBy grouping(String text) {
		for (GroupBy groupBy : GroupBy.values()) {
			if (groupBy.name().equals(text.toUpperCase(Locale.ROOT))) {
				return groupBy;
			}
		}
		throw new InvalidInputException("groupBy", "'" + text + "' is not a grouping; one of province, city, "
				+ "district, street, community, grid, department, category, channel");
	}

	/** A date, or a date-time whose offset's '+' may arrive as a space when the client did not encode it. */
	private Instant instant(String field, String text) {
		try {
			return text.length() == 10 ? LocalDate.parse(text).atStartOfDay(zone).toInstant()
					: OffsetDateTime.parse(text.replace(' ', '+')).toInstant();
		}
		catch (DateTimeException e) {
			throw new InvalidInputException(field, "'" + text + "' is neither a date (2025-03-01) nor a date-time "
					+ "with an offset (2025-03-01T08:00:00+08:00)");
		}
	}

	private static <T> T value(String field, Supplier<T> reader) {
		try {
			return reader.get();
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException(field, e.getMessage());
		}
	}
}
