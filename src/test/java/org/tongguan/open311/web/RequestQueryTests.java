package org.tongguan.open311.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tongguan.open311.web.ReportFormTests.form;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.springframework.util.MultiValueMap;
import org.tongguan.casework.CaseSearch;
import org.tongguan.casework.CaseStage;
import org.tongguan.catalog.CategoryCode;

/** The defaults and limits of GET requests: the last 90 days, at most 1000 requests, open and closed statuses. */
class RequestQueryTests {

	private static final Instant NOW = Instant.parse("2026-11-21T02:00:00Z");

	private static final Duration WINDOW = Duration.ofDays(90);

	@Test
	void withoutArgumentsSearchesTheLast90DaysForAtMost1000Requests() {
		CaseSearch search = read(form()).search();

		assertThat(search.reportedFrom()).isEqualTo(NOW.minus(WINDOW));
		assertThat(search.reportedTo()).isAfter(NOW).isBefore(NOW.plusMillis(1));
		assertThat(search.limit()).isEqualTo(1000);
		assertThat(search.ids()).isEmpty();
		assertThat(search.categories()).isEmpty();
		assertThat(search.stages()).isEmpty();
	}

	@Test
	void aLoneStartOrEndDateOpensA90DayWindowFromOrToIt() {
		CaseSearch fromStart = read(form("start_date", "2010-05-24T00:00:00Z")).search();
		assertThat(fromStart.reportedFrom()).isEqualTo(Instant.parse("2010-05-24T00:00:00Z"));
		assertThat(fromStart.reportedTo()).isAfter(Instant.parse("2010-08-22T00:00:00Z"));

		CaseSearch toEnd = read(form("end_date", "2010-06-24T00:00:00Z")).search();
		assertThat(toEnd.reportedFrom()).isEqualTo(Instant.parse("2010-03-26T00:00:00Z"));
		assertThat(toEnd.reportedTo()).isAfter(Instant.parse("2010-06-24T00:00:00Z"));
	}

	@Test
	void includesBothEndsOfTheWindow() {
		CaseSearch search = read(form("start_date", "2010-05-24T00:00:00Z", "end_date", "2010-06-24T00:00:00Z"))
			.search();

		assertThat(search.reportedFrom()).isEqualTo(Instant.parse("2010-05-24T00:00:00Z"));
		assertThat(search.reportedTo()).isAfter(Instant.parse("2010-06-24T00:00:00Z"))
			.isBefore(Instant.parse("2010-06-24T00:00:00.001Z"));
	}

	@Test
	void rejectsWindowsLongerThan90DaysOrBackwards() {
		assertProblems(form("start_date", "2010-01-01T00:00:00Z", "end_date", "2010-06-01T00:00:00Z"),
				"start_date to end_date may not span more than 90 days");
		assertProblems(form("start_date", "2010-06-01T00:00:00Z", "end_date", "2010-01-01T00:00:00Z"),
				"end_date is before start_date");
		assertProblems(form("start_date", "last week"),
				"start_date 'last week' is not a W3C date-time with a time zone, e.g. 2010-01-01T00:00:00Z or "
						+ "2010-01-01T08:00:00+08:00");
	}

	@Test
	void mapsOpenToTheStagesStillWorkedOnAndClosedToTheTerminalOnes() {
		assertThat(read(form("status", "open")).search().stages()).containsExactlyInAnyOrder(CaseStage.REPORTED,
				CaseStage.ACCEPTED, CaseStage.FILED, CaseStage.HANDLING, CaseStage.SUSPENDED, CaseStage.VERIFYING,
				CaseStage.CLOSING, CaseStage.CALLBACK);
		assertThat(read(form("status", "closed")).search().stages()).containsExactlyInAnyOrder(CaseStage.CLOSED,
				CaseStage.VOIDED, CaseStage.MERGED, CaseStage.TRANSFERRED);
		assertThat(read(form("status", "open,closed")).search().stages()).isEmpty();
		MultiValueMap<String, String> both = form("status", "open", "status", "closed");
		assertThat(read(both).search().stages()).isEmpty();
		assertProblems(form("status", "open,pending"), "status 'pending' is not open or closed");
	}

	@Test
	void filtersByCommaDelimitedServiceCodes() {
		assertThat(read(form("service_code", "E0101, E0102")).search().categories())
			.containsExactly(CategoryCode.of("E0101"), CategoryCode.of("E0102"));
		assertProblems(form("service_code", "E0101,006"),
				"service_code '006' is not a service code (" + CategoryCode.FORM + ")");
	}

	@Test
	void serviceRequestIdsOverrideEveryOtherArgument() {
		RequestQuery query = read(form("service_request_id", "20261121-0001,20261121-0002, 20261121-0001",
				"start_date", "nonsense"));

		assertThat(query.numbers()).containsExactly("20261121-0001", "20261121-0002");
		assertThat(query.search()).isNull();
	}

	@Test
	void refusesMoreThan200Ids() {
		StringBuilder ids = new StringBuilder();
		for (int i = 0; i <= RequestQuery.MAX_IDS; i++) {
			ids.append(i).append(',');
		}

		assertProblems(form("service_request_id", ids.toString()),
				"service_request_id names 201 requests; at most 200 at once");
	}

	private static RequestQuery read(MultiValueMap<String, String> parameters) {
		return RequestQuery.read(new FormParameters(parameters), new W3cDates(ZoneId.of("Asia/Shanghai")), NOW,
				WINDOW, 1000);
	}

	private static void assertProblems(MultiValueMap<String, String> parameters, String... problems) {
		assertThatThrownBy(() -> read(parameters)).isInstanceOfSatisfying(Open311Exception.class,
				e -> assertThat(e.descriptions()).containsExactly(problems));
	}
}
