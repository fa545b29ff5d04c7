package org.tongguan.casework.statistics;

import static org.assertj.core.api.Assertions.fail;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.tongguan.calendar.WorkingCalendar;
import org.tongguan.shared.PlatformProperties;

import tools.jackson.databind.ObjectMapper;

/**
 * Asks {@code GET /api/statistics/cases} for periods and groupings and checks every group's every field against
 * {@link RawCaseFigures}, the independent computation from the raw cases; a mismatch fails with every difference.
 * A bean of every {@code @CaseworkTest} context.
 */
public final class StatisticsAgreement {

	/** March 2025 as dates: a day-aligned period (answered from the ready data). */
	static final Period MARCH = new Period("2025-03-01", "2025-04-01");

	/** February to April 2025 as dates: day-aligned, spanning months. */
	static final Period FEBRUARY_TO_APRIL = new Period("2025-02-01", "2025-05-01");

	/** The last day of March. */
	static final Period MARCH_31 = new Period("2025-03-31", "2025-04-01");

	/** The first day of April. */
	static final Period APRIL_1 = new Period("2025-04-01", "2025-04-02");

	/** A period that starts and ends at no midnight, given with offsets (answered from the cases). */
	static final Period MID_MARCH_TO_APRIL = new Period("2025-03-03T10:30:00+08:00", "2025-04-01T00:00:00.5+08:00");

	/** The same instants as March, given as date-times in UTC. */
	static final Period MARCH_IN_UTC = new Period("2025-02-28T16:00:00Z", "2025-03-31T16:00:00Z");

	/** The periods every check asks for. */
	static final List<Period> PERIODS = List.of(MARCH, FEBRUARY_TO_APRIL, MARCH_31, APRIL_1, MID_MARCH_TO_APRIL,
			MARCH_IN_UTC);

	private final MockMvc mvc;

	private final ObjectMapper json;

	private final JdbcTemplate jdbc;

	private final WorkingCalendar calendar;

	private final ZoneId zone;

	StatisticsAgreement(MockMvc mvc, ObjectMapper json, JdbcTemplate jdbc, WorkingCalendar calendar,
			PlatformProperties platform) {
		this.mvc = mvc;
		this.json = json;
		this.jdbc = jdbc;
		this.calendar = calendar;
		this.zone = platform.zone();
	}

	/** The reference computed from the cases as they are now. */
	RawCaseFigures reference() {
		return RawCaseFigures.read(jdbc, calendar);
	}

	/** Checks every grouping for every period of {@link #PERIODS}. */
	void check(RequestPostProcessor caller, String scope) throws Exception {
		check(caller, scope, PERIODS, GroupBy.values());
	}

	/** Checks the API against the reference for each period and grouping, as the caller with this data scope. */
	void check(RequestPostProcessor caller, String scope, List<Period> periods, GroupBy... groupings)
			throws Exception {
		check(caller, scope, Map.of(), periods, groupings);
	}

	/** Checks the API against the reference with the API's filters ({@code district}, {@code department}, ...). */
	void check(RequestPostProcessor caller, String scope, Map<String, String> filters, List<Period> periods,
			GroupBy... groupings) throws Exception {
		RawCaseFigures reference = reference();
		List<String> differences = new ArrayList<>();
		for (Period period : periods) {
			for (GroupBy groupBy : groupings) {
				StatisticsReport answered = answer(caller, groupBy, period, filters);
				StatisticsReport expected = reference.report(groupBy, instant(period.from()), instant(period.to()),
						scope, filters);
				String query = "groupBy=" + groupBy.name().toLowerCase(Locale.ROOT) + " " + period + " " + filters;
				compare(query, expected, answered, differences);
				Map<String, String> withoutMedians = new LinkedHashMap<>(filters);
				withoutMedians.put("medians", "false");
				compare(query + " medians=false", withoutMedians(expected),
						answer(caller, groupBy, period, withoutMedians), differences);
			}
		}
		if (!differences.isEmpty()) {
			fail(differences.size() + " difference(s) between the statistics API and the raw cases:\n"
					+ String.join("\n", differences));
		}
	}

	/** The API's answer, with extra query parameters (e.g. a region filter). */
	StatisticsReport answer(RequestPostProcessor caller, GroupBy groupBy, Period period, Map<String, String> extra)
			throws Exception {
		var request = get("/api/statistics/cases").with(caller)
			.param("groupBy", groupBy.name().toLowerCase(Locale.ROOT))
			.param("from", period.from())
			.param("to", period.to());
		extra.forEach(request::param);
		String body = mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return json.readValue(body, StatisticsReport.class);
	}

	/** A date as the city's midnight, or a date-time with an offset, as the API reads them. */
	Instant instant(String text) {
		return text.length() == 10 ? LocalDate.parse(text).atStartOfDay(zone).toInstant()
				: OffsetDateTime.parse(text).toInstant();
	}

	private static void compare(String query, StatisticsReport expected, StatisticsReport answered,
			List<String> differences) {
		if (!expected.from().equals(answered.from()) || !expected.to().equals(answered.to())) {
			differences.add(query + ": period answered as [" + answered.from() + ", " + answered.to() + ")");
		}
		Map<String, GroupStatistics> expectedGroups = byKey(expected.groups());
		Map<String, GroupStatistics> answeredGroups = byKey(answered.groups());
		Set<String> keys = new LinkedHashSet<>(expectedGroups.keySet());
		keys.addAll(answeredGroups.keySet());
		for (String key : keys) {
			GroupStatistics want = expectedGroups.get(key);
			GroupStatistics got = answeredGroups.get(key);
			if (want == null) {
				differences.add(query + ": group " + key + " answered but no case of it has an event in the period: "
						+ got);
			}
			else if (got == null) {
				differences.add(query + ": group " + key + " missing; the raw cases give " + want);
			}
			else {
				fieldDifferences(query + ", group " + key, want, got, differences);
			}
		}
		List<String> expectedOrder = expected.groups().stream().map(GroupStatistics::key).toList();
		List<String> answeredOrder = answered.groups().stream().map(GroupStatistics::key).toList();
		if (keys.size() == expectedGroups.size() && !expectedOrder.equals(answeredOrder)) {
			differences.add(query + ": groups in order " + answeredOrder + ", expected " + expectedOrder);
		}
		fieldDifferences(query + ", total", expected.total(), answered.total(), differences);
	}

	/** The report as the API answers it with {@code medians=false}: the handling times without their medians. */
	private static StatisticsReport withoutMedians(StatisticsReport report) {
		return new StatisticsReport(report.from(), report.to(), report.groupBy(),
				report.groups().stream().map(StatisticsAgreement::withoutMedians).toList(),
				withoutMedians(report.total()));
	}

	private static GroupStatistics withoutMedians(GroupStatistics g) {
		HandlingTime time = g.handlingTime();
		return new GroupStatistics(g.key(), g.name(), g.reported(), g.filed(), g.dueToClose(), g.closed(),
				g.closedOnTime(), g.closureRate(), g.onTimeClosureRate(), g.grade(), g.reworked(), g.reworkRate(),
				g.dispatched(), g.wronglyDispatched(), g.accuratelyDispatched(), g.accurateDispatchRate(),
				new HandlingTime(time.cases(), time.averageWorkingHours(), null, time.averageCalendarHours(), null),
				g.evaluated(), g.satisfied(), g.satisfactionRate());
	}

	private static Map<String, GroupStatistics> byKey(List<GroupStatistics> groups) {
		Map<String, GroupStatistics> map = new LinkedHashMap<>();
		groups.forEach(group -> map.put(group.key(), group));
		return map;
	}

	/** Each field of two records (nested records field by field) that differs. */
	private static void fieldDifferences(String where, Record want, Record got, List<String> differences) {
		fieldDifferences(where + " ", "", want, got, differences);
	}

	private static void fieldDifferences(String where, String prefix, Record want, Record got,
			List<String> differences) {
		for (RecordComponent component : want.getClass().getRecordComponents()) {
			Object expectedValue = value(component, want);
			Object answeredValue = value(component, got);
			if (expectedValue instanceof Record nested && answeredValue instanceof Record other) {
				fieldDifferences(where, prefix + component.getName() + ".", nested, other, differences);
			}
			else if (!Objects.equals(expectedValue, answeredValue)) {
				differences.add(where + prefix + component.getName() + ": API " + answeredValue + ", raw cases "
						+ expectedValue);
			}
		}
	}

	private static Object value(RecordComponent component, Record record) {
		try {
			return component.getAccessor().invoke(record);
		}
		catch (ReflectiveOperationException e) {
			throw new IllegalStateException(e);
		}
	}

	/** A period as the API's {@code from} and {@code to} parameters. */
	record Period(String from, String to) {

		@Override
		public String toString() {
			return "from=" + from + "&to=" + to;
		}
	}
}
