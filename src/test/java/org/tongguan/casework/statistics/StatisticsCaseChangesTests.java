package org.tongguan.casework.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tongguan.casework.CaseApi.body;
import static org.tongguan.casework.statistics.StatisticsAgreement.APRIL_1;
import static org.tongguan.casework.statistics.StatisticsAgreement.FEBRUARY_TO_APRIL;
import static org.tongguan.casework.statistics.StatisticsAgreement.MARCH;
import static org.tongguan.casework.statistics.StatisticsAgreement.MARCH_31;
import static org.tongguan.casework.statistics.StatisticsAgreement.MID_MARCH_TO_APRIL;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tongguan.calendar.WorkingCalendar;
import org.tongguan.casework.CaseApi;
import org.tongguan.identity.Role;
import org.tongguan.casework.CaseworkTest;
import org.tongguan.support.TestClock;
import org.tongguan.casework.statistics.RawCaseFigures.CaseFigures;
import org.tongguan.casework.statistics.StatisticsAgreement.Period;
import org.tongguan.shared.PlatformProperties;

import com.jayway.jsonpath.JsonPath;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;


/**
 * The statistics stay exactly equal to a computation from the raw cases while live cases go round the loop in March
 * 2025 — rework, a reopening callback, a merged duplicate, voiding, a returned dispatch, an extension, a suspension,
 * closures a second before and at midnight — checked after every step for day-aligned periods, a period spanning
 * months and periods with offsets, in every grouping, as the city-wide leader sees them.
 */
@CaseworkTest
class StatisticsCaseChangesTests {

	/** 露天焚烧: urgent, 2 working hours, dispatched by the rules to 福田区城管局 (demo user "handler"). */
	private static final String BURNING = "E0105";

	/** 暴露垃圾: 1 working day, dispatched by the rules to the street office. */
	private static final String GARBAGE = "E0101";

	@Autowired
	CaseApi api;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	WorkingCalendar calendar;

	@Autowired
	PlatformProperties platform;

	@Autowired
	StatisticsAgreement statistics;

	@Autowired
	ReadyStatistics ready;

	@Autowired
	MeterRegistry meters;

	@Test
	void staysExactThroughTheLoopWithReworkAndCallback() throws Exception {
		at("2025-03-03T09:00:00");
		long id = hotline(BURNING);
		check();
		api.done(api.as("operator"), id, "accept", body());
		api.done(api.as("operator"), id, "file", body());
		check();
		at("2025-03-03T09:40:00");
		api.done(api.as("handler"), id, "handled", body("result", "已处理"));
		api.done(api.futianInspector(), id, "verify", body("passed", false, "comment", "仍有明火",
				"attachmentIds", api.photos("AFTER")));
		check();
		at("2025-03-03T10:00:00");
		api.done(api.as("handler"), id, "handled", body("result", "已扑灭"));
		api.done(api.futianInspector(), id, "verify", body("passed", true, "attachmentIds", api.photos("AFTER")));
		at("2025-03-03T10:30:00");
		api.done(api.as("shiftlead"), id, "close", body());
		check();
		at("2025-03-03T14:00:00");
		api.done(api.as("operator"), id, "callback", body("satisfaction", "SATISFIED"));
		check();

		CaseFigures march = statistics.reference().figures(id, from(MARCH), to(MARCH));
		assertThat(march).isEqualTo(new CaseFigures(1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 5400L, 5400L));
		checkFilteredAround(id);
	}

	@Test
	void staysExactWhenADissatisfiedCallbackReopensAClosedCase() throws Exception {
		at("2025-03-04T09:00:00");
		long id = hotline(BURNING);
		api.walkToClosing(id);
		at("2025-03-04T10:00:00");
		api.done(api.as("shiftlead"), id, "close", body());
		check();
		at("2025-03-04T15:00:00");
		api.done(api.as("operator"), id, "callback", body("satisfaction", "DISSATISFIED", "comment", "又烧起来了"));
		assertThat(api.stage(id)).isEqualTo("HANDLING");
		check();
		CaseFigures reopened = statistics.reference().figures(id, from(MARCH), to(MARCH));
		assertThat(reopened.dueToClose()).as("due at 11:00, no longer closed").isEqualTo(1);
		assertThat(reopened.closed()).isZero();
		assertThat(reopened.workingSeconds()).as("no handling time while reopened").isNull();
		assertThat(reopened.evaluated() - reopened.satisfied()).as("the dissatisfied answer").isEqualTo(1);

		at("2025-03-05T10:00:00");
		api.done(api.as("handler"), id, "handled", body("result", "已罚款并清理"));
		api.done(api.futianInspector(), id, "verify", body("passed", true, "attachmentIds", api.photos("AFTER")));
		at("2025-03-05T11:00:00");
		api.done(api.as("shiftlead"), id, "close", body());
		check();
		at("2025-03-05T14:00:00");
		api.done(api.as("operator"), id, "callback", body("satisfaction", "SATISFIED"));
		check();
		CaseFigures closedAgain = statistics.reference().figures(id, from(MARCH), to(MARCH));
		assertThat(closedAgain.closed()).isEqualTo(1);
		assertThat(closedAgain.closedOnTime()).as("closed late the second time").isZero();
		assertThat(closedAgain.satisfied()).isEqualTo(1);
	}

	@Test
	void staysExactWhenADuplicateIsMergedIntoItsMaster() throws Exception {
		at("2025-03-06T09:00:00");
		Map<String, Object> first = withReporter(api.report(BURNING, "小区旁焚烧垃圾"));
		long master = api.reported(api.as("operator"), first);
		Map<String, Object> second = withReporter(api.report(BURNING, "同一处在焚烧"));
		second.put("longitude", (Double) first.get("longitude") + 0.0001);
		second.put("latitude", first.get("latitude"));
		long duplicate = api.reported(api.as("operator"), second);
		api.done(api.as("operator"), duplicate, "merge", body("master", master));
		check();
		api.walkToClosing(master);
		at("2025-03-06T10:00:00");
		api.done(api.as("shiftlead"), master, "close", body());
		check();
		at("2025-03-06T11:00:00");
		api.done(api.as("operator"), master, "callback", body("satisfaction", "SATISFIED"));
		api.done(api.as("operator"), duplicate, "callback", body("satisfaction", "BASICALLY_SATISFIED"));
		check();
		CaseFigures merged = statistics.reference().figures(duplicate, from(MARCH), to(MARCH));
		assertThat(merged).as("a merged duplicate is reported and evaluated, never due nor handled")
			.isEqualTo(new CaseFigures(1, 0, 0, 0, 0, 0, 0, 0, 1, 1, null, null));
	}

	@Test
	void staysExactWhenACaseIsVoidedAndWhenADispatchIsReturned() throws Exception {
		at("2025-03-07T09:00:00");
		long voided = hotline(BURNING);
		api.done(api.as("operator"), voided, "void", body("reason", "核实无此事"));
		api.done(api.as("shiftlead"), voided, "void/approval", body("approved", true));
		assertThat(api.stage(voided)).isEqualTo("VOIDED");
		check();
		assertThat(statistics.reference().figures(voided, from(MARCH), to(MARCH)))
			.isEqualTo(new CaseFigures(1, 0, 0, 0, 0, 0, 0, 0, 0, 0, null, null));

		long returned = api.reported(api.futianInspector(), api.report(GARBAGE, "人行道旁有暴露垃圾"));
		api.done(api.as("operator"), returned, "accept", body());
		api.done(api.as("operator"), returned, "file", body("dispatchManually", true));
		api.done(api.as("dispatcher"), returned, "dispatch", body("department", "440304-CHENGGUAN"));
		api.done(api.as("handler"), returned, "return", body("reason", "属街道职责"));
		String street = api.read(returned, "$.location.street.code");
		api.done(api.as("dispatcher"), returned, "dispatch", body("department", street + "-JIEDAO"));
		check();
		CaseFigures redispatched = statistics.reference().figures(returned, from(MARCH), to(MARCH));
		assertThat(redispatched.dispatched()).isEqualTo(2);
		assertThat(redispatched.returned()).isEqualTo(1);
		walkToClosed(returned, "2025-03-07T15:00:00");
		check();
	}

	@Test
	void staysExactWhenAnApprovedExtensionMovesTheDueTime() throws Exception {
		at("2025-03-17T09:00:00");
		long id = filedByInspector(BURNING);
		String requested = api.done(api.as("handler"), id, "extension-requests",
				body("extension", "1d", "reason", "需协调物业清理"));
		api.done(api.as("dispatcher"), id, "extension-requests/" + JsonPath.read(requested, "$.requestId")
				+ "/approval", body("approved", true));
		check();
		walkToClosed(id, "2025-03-17T16:00:00");
		check();
		CaseFigures extended = statistics.reference().figures(id, from(MARCH), to(MARCH));
		assertThat(extended.closedOnTime()).as("closed after 11:00 but before the extended due time").isEqualTo(1);
	}

	@Test
	void staysExactWhileACaseIsSuspendedAndAfterItResumes() throws Exception {
		at("2025-03-19T09:00:00");
		long id = filedByInspector(BURNING);
		at("2025-03-19T09:30:00");
		String requested = api.done(api.as("handler"), id, "suspension-requests", body("reason", "等待法院裁定"));
		api.done(api.as("dispatcher"), id, "suspension-requests/" + JsonPath.read(requested, "$.requestId")
				+ "/approval", body("approved", true));
		check();
		at("2025-03-20T09:00:00");
		check();
		api.done(api.as("handler"), id, "resume", body("comment", "裁定已下达"));
		check();
		walkToClosed(id, "2025-03-20T10:00:00");
		check();
		CaseFigures resumed = statistics.reference().figures(id, from(MARCH), to(MARCH));
		assertThat(resumed.closedOnTime()).as("the suspension moved the due time to Thursday 10:30").isEqualTo(1);
		assertThat(resumed.workingSeconds()).as("Wednesday 09:00–18:00 and Thursday 09:00–10:00, suspension included")
			.isEqualTo(8 * 3600L);
	}

	@Test
	void countsAClosureASecondBeforeMidnightInItsOwnDayAndOneAtMidnightInTheNext() throws Exception {
		at("2025-03-31T14:00:00"); // garbage is due Tuesday 12:00, burning Monday 16:00
		long beforeMidnight = filedByInspector(GARBAGE);
		long atMidnight = filedByInspector(GARBAGE);
		long lateAtMidnight = filedByInspector(BURNING);
		for (long id : new long[] { beforeMidnight, atMidnight, lateAtMidnight }) {
			walkToClosing(id);
		}
		at("2025-03-31T23:59:59");
		api.done(api.as("shiftlead"), beforeMidnight, "close", body());
		check();
		at("2025-04-01T00:00:00");
		api.done(api.as("shiftlead"), atMidnight, "close", body());
		api.done(api.as("shiftlead"), lateAtMidnight, "close", body());
		check();

		RawCaseFigures reference = statistics.reference();
		assertThat(reference.figures(beforeMidnight, from(MARCH_31), to(MARCH_31)).closedOnTime()).isEqualTo(1);
		assertThat(reference.figures(beforeMidnight, from(APRIL_1), to(APRIL_1)).dueToClose()).isZero();
		assertThat(reference.figures(atMidnight, from(MARCH_31), to(MARCH_31)).dueToClose()).isZero();
		assertThat(reference.figures(atMidnight, from(APRIL_1), to(APRIL_1)).closedOnTime()).isEqualTo(1);
		CaseFigures late = reference.figures(lateAtMidnight, from(MARCH_31), to(MARCH_31));
		assertThat(late.dueToClose()).as("due at 16:00").isEqualTo(1);
		assertThat(late.closed()).as("closed after the day ended").isZero();
		CaseFigures lateOverMonths = reference.figures(lateAtMidnight, from(FEBRUARY_TO_APRIL), to(FEBRUARY_TO_APRIL));
		assertThat(lateOverMonths.closed()).isEqualTo(1);
		assertThat(lateOverMonths.closedOnTime()).isZero();
	}

	@Test
	void timesTheCatchUpsThatFoldPendingChangesAndNoOther() throws Exception {
		Timer catchUps = meters.get("tongguan.statistics.catch-up").timer();
		long before = catchUps.count();
		at("2025-03-04T09:00:00");
		hotline(GARBAGE);
		check();
		assertThat(catchUps.count()).as("the case's change was folded, by the query or in the background")
			.isGreaterThan(before);
		ready.catchUp();
		long caughtUp = catchUps.count();
		ready.catchUp();
		assertThat(catchUps.count()).as("a catch-up with nothing pending").isEqualTo(caughtUp);
	}

	private void check() throws Exception {
		statistics.check(api.as("leader"), "440300");
	}

	/**
	 * Checks the filters by the case's district, street, community and grid, its department and category, and a
	 * district-scoped caller.
	 */
	private void checkFilteredAround(long id) throws Exception {
		String view = api.view(id);
		List<Map<String, String>> filters = List.of(Map.of("district", CaseApi.FUTIAN),
				Map.of("district", JsonPath.read(view, "$.location.street.code")),
				Map.of("district", JsonPath.read(view, "$.location.community.code")),
				Map.of("district", JsonPath.read(view, "$.location.grid.code")),
				Map.of("department", JsonPath.read(view, "$.leadDepartment.code")),
				Map.of("category", JsonPath.read(view, "$.category.code")),
				Map.of("district", CaseApi.FUTIAN, "category", GARBAGE));
		for (Map<String, String> filter : filters) {
			statistics.check(api.as("leader"), "440300", filter, List.of(MARCH, MID_MARCH_TO_APRIL), GroupBy.DISTRICT,
					GroupBy.STREET, GroupBy.COMMUNITY, GroupBy.GRID, GroupBy.DEPARTMENT, GroupBy.CATEGORY,
					GroupBy.CHANNEL);
		}
		statistics.check(api.as("futian-dispatcher"), CaseApi.FUTIAN, Map.of(), List.of(MARCH, FEBRUARY_TO_APRIL),
				GroupBy.values());
		String street = JsonPath.read(view, "$.location.street.code");
		statistics.check(api.user("street-leader-" + street, Role.LEADER, street, null), street, Map.of(),
				List.of(MARCH, FEBRUARY_TO_APRIL), GroupBy.values());
	}

	private void at(String cityTime) {
		clock.set(LocalDateTime.parse(cityTime).atZone(platform.zone()).toInstant());
	}

	private java.time.Instant from(Period period) {
		return statistics.instant(period.from());
	}

	private java.time.Instant to(Period period) {
		return statistics.instant(period.to());
	}

	/** A 12345 call with a reporter to call back, at a fresh point in Futian. */
	private long hotline(String category) throws Exception {
		return api.reported(api.as("operator"), withReporter(api.report(category, "市民来电反映")));
	}

	private static Map<String, Object> withReporter(Map<String, Object> report) {
		report.put("reporter", Map.of("name", "王先生", "phone", "13800138000"));
		return report;
	}

	/** A grid inspector's find (no callback), accepted and filed; dispatched by the rules. */
	private long filedByInspector(String category) throws Exception {
		long id = api.reported(api.futianInspector(), api.report(category, "巡查发现"));
		api.done(api.as("operator"), id, "accept", body());
		api.done(api.as("operator"), id, "file", body());
		return id;
	}

	/** Handled by the lead department's handler and verified, waiting to be closed. */
	private void walkToClosing(long id) throws Exception {
		String lead = api.read(id, "$.leadDepartment.code");
		api.done(api.handler(lead), id, "handled", body("result", "已处理"));
		api.done(api.futianInspector(), id, "verify", body("passed", true, "attachmentIds", api.photos("AFTER")));
	}

	private void walkToClosed(long id, String closedAt) throws Exception {
		walkToClosing(id);
		at(closedAt);
		api.done(api.as("shiftlead"), id, "close", body());
	}
}
