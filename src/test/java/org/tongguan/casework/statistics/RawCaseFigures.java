package org.tongguan.casework.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.springframework.jdbc.core.JdbcTemplate;
import org.tongguan.calendar.CalendarKind;
import org.tongguan.calendar.WorkingCalendar;
import org.tongguan.casework.Channel;

/**
 * The case statistics computed again, independently, from the raw rows of {@code casework_case}, straight from the
 * definitions in {@link CaseStatistics}'s Javadoc and the statistics API's description — the reference the API's
 * answers must equal in every group and every field. Each case's contribution to a period is worked out on its own
 * ({@link #figures}), then summed per group; handling times are filing (or, for imported cases without a filing time,
 * the time handling counts from) to closure, in working time on the calendar in force now and in calendar time.
 *
 * <p>A group is answered when at least one of its cases has an event in the period — reported, filed, last dispatched,
 * evaluated, due or closed — even if all its figures are zero (today's answers do so; the statistics contract keeps
 * the answers byte for byte).
 */
final class RawCaseFigures {

	/** Cases that ended without closure are never due to close and have no handling time. */
	private static final Set<String> ENDED_WITHOUT_CLOSURE = Set.of("VOIDED", "MERGED", "TRANSFERRED");

	/** 满意 and 基本满意. */
	private static final Set<String> SATISFIED = Set.of("SATISFIED", "BASICALLY_SATISFIED");

	private final List<RawCase> cases;

	private final Map<String, RegionRow> regions;

	private final WorkingCalendar calendar;

	private RawCaseFigures(List<RawCase> cases, Map<String, RegionRow> regions, WorkingCalendar calendar) {
		this.cases = cases;
		this.regions = regions;
		this.calendar = calendar;
	}

	/** Reads every case and region as they are now. */
	static RawCaseFigures read(JdbcTemplate jdbc, WorkingCalendar calendar) {
		List<RawCase> cases = jdbc.query("""
				SELECT id, channel, stage, district_code, street_code, community_code, grid_code, lead_department,
				lead_department_name, category_code, category_name, calendar_kind, reported_at, filed_at,
				dispatched_at, evaluated_at, due_at, closed_at, handling_from, satisfaction, dispatch_count,
				return_count, rework_count FROM casework_case""", (rs, row) -> new RawCase(rs.getLong("id"),
				rs.getString("channel"), rs.getString("stage"), rs.getString("district_code"),
				rs.getString("street_code"), rs.getString("community_code"), rs.getString("grid_code"),
				rs.getString("lead_department"), rs.getString("lead_department_name"), rs.getString("category_code"),
				rs.getString("category_name"), rs.getString("calendar_kind"), instant(rs, "reported_at"),
				instant(rs, "filed_at"), instant(rs, "dispatched_at"), instant(rs, "evaluated_at"),
				instant(rs, "due_at"), instant(rs, "closed_at"), instant(rs, "handling_from"),
				rs.getString("satisfaction"), rs.getInt("dispatch_count"), rs.getInt("return_count"),
				rs.getInt("rework_count")));
		Map<String, RegionRow> regions = new HashMap<>();
		jdbc.query("SELECT code, name, level, parent_code FROM region_region", (ResultSet rs) -> {
			regions.put(rs.getString("code"), new RegionRow(rs.getString("code"), rs.getString("name"),
					rs.getString("level"), rs.getString("parent_code")));
		});
		return new RawCaseFigures(cases, regions, calendar);
	}

	/**
	 * What the statistics API must answer for the period {@code [from, to)}, grouped so, for a caller whose data scope
	 * is {@code scope} (a region code, {@code 000000} for the whole platform).
	 */
	StatisticsReport report(GroupBy groupBy, Instant from, Instant to, String scope) {
		return report(groupBy, from, to, scope, Map.of());
	}

	/**
	 * The same, with the API's filters: {@code district} (any region code, as a subtree), {@code department} (lead
	 * department code) and {@code category} (sub-category code).
	 */
	StatisticsReport report(GroupBy groupBy, Instant from, Instant to, String scope, Map<String, String> filters) {
		Function<RawCase, String> key = key(groupBy);
		Map<String, List<RawCase>> groups = new HashMap<>();
		List<RawCase> all = new ArrayList<>();
		for (RawCase c : cases) {
			if (inScope(c, scope) && selected(c, filters) && touches(c, from, to)) {
				groups.computeIfAbsent(key.apply(c), k -> new ArrayList<>()).add(c);
				all.add(c);
			}
		}
		List<String> keys = new ArrayList<>(groups.keySet());
		keys.sort(Comparator.nullsLast(Comparator.naturalOrder()));
		List<GroupStatistics> rows = keys.stream()
			.map(k -> indicators(k, name(groupBy, k, groups.get(k)), groups.get(k), from, to))
			.toList();
		return new StatisticsReport(from, to, groupBy, rows, indicators(null, "合计", all, from, to));
	}

	/** One case's contribution to the period {@code [from, to)}. */
	CaseFigures figures(long caseId, Instant from, Instant to) {
		return cases.stream()
			.filter(c -> c.id() == caseId)
			.findFirst()
			.map(c -> figures(c, from, to))
			.orElseThrow(() -> new IllegalArgumentException("No case " + caseId));
	}

	/** The raw row of a case. */
	RawCase raw(long caseId) {
		return cases.stream().filter(c -> c.id() == caseId).findFirst().orElseThrow();
	}

	private CaseFigures figures(RawCase c, Instant from, Instant to) {
		boolean ended = ENDED_WITHOUT_CLOSURE.contains(c.stage());
		// 应结案: the earlier of the due time and a closure ahead of it falls in the period
		Instant dueEvent = ended || c.dueAt() == null ? null
				: c.closedAt() != null && c.closedAt().isBefore(c.dueAt()) ? c.closedAt() : c.dueAt();
		boolean due = in(dueEvent, from, to);
		boolean closed = due && c.closedAt() != null && c.closedAt().isBefore(to);
		boolean onTime = closed && !c.closedAt().isAfter(c.dueAt());
		boolean dispatched = in(c.dispatchedAt(), from, to);
		boolean evaluated = in(c.evaluatedAt(), from, to) && c.satisfaction() != null;
		Instant start = c.filedAt() != null ? c.filedAt() : c.handlingFrom();
		boolean handled = !ended && start != null && in(c.closedAt(), from, to);
		Long working = handled ? calendar.elapsed(start, c.closedAt(), CalendarKind.valueOf(c.calendarKind()))
			.toSeconds() : null;
		Long total = handled ? Duration.between(start, c.closedAt()).toSeconds() : null;
		return new CaseFigures(one(in(c.reportedAt(), from, to)), one(in(c.filedAt(), from, to)), one(due),
				one(closed), one(onTime), one(due && c.reworkCount() > 0), dispatched ? c.dispatchCount() : 0,
				dispatched ? c.returnCount() : 0, one(evaluated), one(evaluated && SATISFIED.contains(c.satisfaction())),
				working, total);
	}

	private GroupStatistics indicators(String key, String name, List<RawCase> group, Instant from, Instant to) {
		long[] sums = new long[10];
		List<Long> working = new ArrayList<>();
		List<Long> calendarTime = new ArrayList<>();
		for (RawCase c : group) {
			CaseFigures f = figures(c, from, to);
			long[] each = { f.reported(), f.filed(), f.dueToClose(), f.closed(), f.closedOnTime(), f.reworked(),
					f.dispatched(), f.returned(), f.evaluated(), f.satisfied() };
			for (int i = 0; i < sums.length; i++) {
				sums[i] += each[i];
			}
			if (f.workingSeconds() != null) {
				working.add(f.workingSeconds());
				calendarTime.add(f.calendarSeconds());
			}
		}
		long dueToClose = sums[2];
		Double onTimeRate = percent(sums[4], dueToClose);
		long accurate = sums[6] - sums[7];
		HandlingTime handling = new HandlingTime(working.size(), hours(average(working)), hours(median(working)),
				hours(average(calendarTime)), hours(median(calendarTime)));
		return new GroupStatistics(key, name, sums[0], sums[1], dueToClose, sums[3], sums[4],
				percent(sums[3], dueToClose), onTimeRate, grade(onTimeRate), sums[5], percent(sums[5], dueToClose),
				sums[6], sums[7], accurate, percent(accurate, sums[6]), handling, sums[8], sums[9],
				percent(sums[9], sums[8]));
	}

	private static boolean touches(RawCase c, Instant from, Instant to) {
		return Arrays.asList(c.reportedAt(), c.filedAt(), c.dispatchedAt(), c.evaluatedAt(), c.dueAt(), c.closedAt())
			.stream()
			.anyMatch(at -> in(at, from, to));
	}

	/**
	 * Whether the case lies in the region's subtree: its street, community or grid is the region, or its district
	 * lies in the region by the region hierarchy.
	 */
	private boolean inScope(RawCase c, String region) {
		return "000000".equals(region) || region.equals(c.streetCode()) || region.equals(c.communityCode())
				|| region.equals(c.gridCode())
				|| lineage(c.districtCode()).stream().anyMatch(r -> r.code().equals(region));
	}

	private boolean selected(RawCase c, Map<String, String> filters) {
		String region = filters.get("district");
		return (region == null || inScope(c, region))
				&& (!filters.containsKey("department") || filters.get("department").equals(c.leadDepartment()))
				&& (!filters.containsKey("category") || filters.get("category").equals(c.categoryCode()));
	}

	private List<RegionRow> lineage(String code) {
		List<RegionRow> lineage = new ArrayList<>();
		for (RegionRow row = regions.get(code); row != null; row = row.parent() == null ? null
				: regions.get(row.parent())) {
			lineage.add(row);
		}
		return lineage;
	}

	private Function<RawCase, String> key(GroupBy groupBy) {
		return switch (groupBy) {
			case PROVINCE -> c -> ancestor(c.districtCode(), "PROVINCE");
			case CITY -> c -> ancestor(c.districtCode(), "CITY");
			case DISTRICT -> RawCase::districtCode;
			case STREET -> RawCase::streetCode;
			case COMMUNITY -> RawCase::communityCode;
			case GRID -> RawCase::gridCode;
			case DEPARTMENT -> RawCase::leadDepartment;
			case CATEGORY -> RawCase::categoryCode;
			case CHANNEL -> RawCase::channel;
		};
	}

	private String ancestor(String district, String level) {
		return lineage(district).stream().filter(r -> r.level().equals(level)).map(RegionRow::code).findFirst()
			.orElse(null);
	}

	private String name(GroupBy groupBy, String key, List<RawCase> group) {
		if (key == null) {
			return "未指定";
		}
		return switch (groupBy) {
			case DEPARTMENT -> group.stream().map(RawCase::leadDepartmentName).filter(Objects::nonNull)
				.max(Comparator.naturalOrder()).orElse(null);
			case CATEGORY -> group.stream().map(RawCase::categoryName).max(Comparator.naturalOrder()).orElseThrow();
			case CHANNEL -> Channel.valueOf(key).label();
			default -> regions.containsKey(key) ? regions.get(key).name() : key;
		};
	}

	private static boolean in(Instant at, Instant from, Instant to) {
		return at != null && !at.isBefore(from) && at.isBefore(to);
	}

	private static long one(boolean counted) {
		return counted ? 1 : 0;
	}

	/** A percentage rounded half up to 0.01, {@code null} without a denominator. */
	private static Double percent(long part, long whole) {
		return whole == 0 ? null
				: BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP)
					.doubleValue();
	}

	/** 等级: ≥ 90 A, ≥ 75 B, ≥ 60 C, ≥ 40 D, else E. */
	private static Grade grade(Double rate) {
		if (rate == null) {
			return null;
		}
		return rate >= 90 ? Grade.A : rate >= 75 ? Grade.B : rate >= 60 ? Grade.C : rate >= 40 ? Grade.D : Grade.E;
	}

	/** The average in seconds as an exact fraction, or {@code null} for none. */
	private static BigDecimal average(List<Long> seconds) {
		if (seconds.isEmpty()) {
			return null;
		}
		long sum = seconds.stream().mapToLong(Long::longValue).sum();
		return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(seconds.size()), 10, RoundingMode.HALF_UP);
	}

	/** The middle value, or the mean of the two middle values, exactly. */
	private static BigDecimal median(List<Long> seconds) {
		if (seconds.isEmpty()) {
			return null;
		}
		List<Long> sorted = seconds.stream().sorted().toList();
		int middle = sorted.size() / 2;
		return sorted.size() % 2 == 1 ? BigDecimal.valueOf(sorted.get(middle))
				: BigDecimal.valueOf(sorted.get(middle - 1) + sorted.get(middle)).divide(BigDecimal.valueOf(2));
	}

	/** Seconds as hours rounded half up to 0.01. */
	private static Double hours(BigDecimal seconds) {
		return seconds == null ? null : seconds.divide(BigDecimal.valueOf(3600), 2, RoundingMode.HALF_UP).doubleValue();
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	/** The columns of a case the statistics are defined on. */
	record RawCase(long id, String channel, String stage, String districtCode, String streetCode,
			String communityCode, String gridCode, String leadDepartment, String leadDepartmentName,
			String categoryCode, String categoryName, String calendarKind, Instant reportedAt, Instant filedAt,
			Instant dispatchedAt, Instant evaluatedAt, Instant dueAt, Instant closedAt, Instant handlingFrom,
			String satisfaction, int dispatchCount, int returnCount, int reworkCount) {
	}

	/** A region of the hierarchy. */
	record RegionRow(String code, String name, String level, String parent) {
	}

	/**
	 * What one case adds to a period's figures; the handling times are {@code null} unless it is a filed case closed
	 * in the period.
	 */
	record CaseFigures(long reported, long filed, long dueToClose, long closed, long closedOnTime, long reworked,
			long dispatched, long returned, long evaluated, long satisfied, Long workingSeconds, Long calendarSeconds) {
	}
}
