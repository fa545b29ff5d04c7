package org.tongguan.bench.scale;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bench's DuckDB side counts hand-made cases by the statistics API's definitions, measures working handling times
 * on the platform's calendar (weekends, holidays, adjusted working days, round-the-clock categories) and answers the
 * same figures per city-local day or month.
 */
class DuckDbStatisticsTests {

	private static final Instant FROM = Instant.parse("2025-03-01T00:00:00Z");

	private static final Instant TO = Instant.parse("2025-04-01T00:00:00Z");

	/** 09:00–12:00 and 14:00–18:00; Monday 3 March 2025 a holiday, Saturday 8 March worked; E0505 round the clock. */
	private static final ScaleCalendar CALENDAR = new ScaleCalendar(List.of(new int[] { 9 * 3600, 12 * 3600 },
			new int[] { 14 * 3600, 18 * 3600 }), Map.of(LocalDate.of(2025, 3, 3), false, LocalDate.of(2025, 3, 8), true),
			Set.of("E0505"), 8 * 3600);

	@Test
	void countsEachCaseInThePeriodOfItsEarlierDueTimeOrClosureAndTakesTheMedianOfHandlingTimes(@TempDir Path dir)
			throws Exception {
		Path history = dir.resolve("history.csv");
		Files.write(history, List.of(ScaleHistory.HEADER,
				// closed on time in March: 2 h handling, evaluated satisfied, one return
				row("A", "2025-03-02T08:00:00Z", "2025-03-02T10:00:00Z", "2025-03-05T00:00:00Z", "2025-03-03T00:00:00Z",
						"SATISFIED", "2", "1", "1"),
				// filed in February, due in February, closed in March: due in February; handling time 892 h in March
				row("B", "2025-02-01T08:00:00Z", "2025-03-10T12:00:00Z", "2025-02-05T00:00:00Z", "", "", "1", "0", "0"),
				// open and due in March: due to close, not closed
				row("C", "2025-03-20T08:00:00Z", "", "2025-03-25T00:00:00Z", "", "", "1", "0", "0"),
				// closed ahead of an April due time in March: 6 h handling, dissatisfied
				row("D", "2025-03-30T00:00:00Z", "2025-03-30T06:00:00Z", "2025-04-03T00:00:00Z",
						"2025-03-31T00:00:00Z", "DISSATISFIED", "1", "0", "0")), StandardCharsets.UTF_8);
		Path grids = dir.resolve("grids.csv");
		Files.write(grids, List.of("grid,community,street,district,city,province", "G1,C1,S1,D1,440300,"),
				StandardCharsets.UTF_8);

		try (DuckDbStatistics duck = DuckDbStatistics.load(history, grids, CALENDAR)) {
			Map<String, Figures> groups = duck.aggregate("district", FROM, TO, null);

			// reported, filed, due, closed, on time, reworked, dispatched, returned, evaluated, satisfied, handled,
			// calendar hours (average, median), working hours: A and D on Sundays (none), B 26 working days of 7 h
			assertThat(groups).containsOnlyKeys("D1");
			assertThat(groups.get("D1").values()).containsExactly(3L, 3L, 3L, 2L, 2L, 1L, 4L, 1L, 2L, 1L, 3L,
					300.0, 6.0, 60.67, 0.0);
			assertThat(duck.aggregate("district", FROM, TO, "S9")).isEmpty();
			assertThat(duck.busiestStreet()).extracting(ScaleCity.Grid::street, ScaleCity.Grid::district)
				.containsExactly("S1", "D1");

			Map<LocalDate, Figures> months = duck.series(true, LocalDate.of(2025, 2, 1), LocalDate.of(2025, 4, 1),
					"S1", null);
			assertThat(months).containsOnlyKeys(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 3, 1),
					LocalDate.of(2025, 4, 1));
			assertThat(months.get(LocalDate.of(2025, 3, 1))).isEqualTo(groups.get("D1"));
			assertThat(months.get(LocalDate.of(2025, 2, 1)).values()).as("B: due in February, closed after it")
				.startsWith(1L, 1L, 1L, 0L);
			assertThat(months.get(LocalDate.of(2025, 4, 1))).as("D closed before its April due time")
				.isEqualTo(Figures.NONE);
			Map<LocalDate, Figures> days = duck.series(false, LocalDate.of(2025, 3, 29), LocalDate.of(2025, 3, 31),
					"G1", "E01");
			assertThat(days.values()).extracting(day -> day.count("reported")).containsExactly(0L, 1L, 0L);
			assertThat(duck.series(false, LocalDate.of(2025, 3, 30), LocalDate.of(2025, 3, 30), "G1", "E05")
				.get(LocalDate.of(2025, 3, 30))).isEqualTo(Figures.NONE);
		}
	}

	@Test
	void measuresWorkingHandlingTimeOnTheWorkingCalendarOfTheCasesCategory(@TempDir Path dir) throws Exception {
		Path history = dir.resolve("history.csv");
		Files.write(history, List.of(ScaleHistory.HEADER,
				// from the holiday Monday 3 March 10:00 to Tuesday 10:00 (city time): 1 h
				row("W1", "2025-03-03T02:00:00Z", "2025-03-04T02:00:00Z", "", "", "", "1", "0", "0"),
				// from Friday 17:00 over the adjusted working Saturday to Monday 09:30: 1 h + 7 h + 0.5 h
				row("W2", "2025-03-07T09:00:00Z", "2025-03-10T01:30:00Z", "", "", "", "1", "0", "0"),
				// a round-the-clock category: 5 h
				row("W3", "2025-03-11T00:00:00Z", "2025-03-11T05:00:00Z", "", "", "", "1", "0", "0")
					.replace("E0101", "E0505")), StandardCharsets.UTF_8);
		Path grids = dir.resolve("grids.csv");
		Files.write(grids, List.of("grid,community,street,district,city,province", "G1,C1,S1,D1,440300,"),
				StandardCharsets.UTF_8);

		try (DuckDbStatistics duck = DuckDbStatistics.load(history, grids, CALENDAR)) {
			Figures march = duck.aggregate("district", FROM, TO, null).get("D1");

			assertThat(march.handlingHours("handlingTime.averageWorkingHours")).isEqualTo(4.83);
			assertThat(march.handlingHours("handlingTime.medianWorkingHours")).isEqualTo(5.0);
		}
	}

	private static String row(String id, String filed, String closed, String due, String evaluated,
			String satisfaction, String dispatches, String returns, String reworks) {
		return String.join(",", id, filed, filed, filed, filed, "", "", closed, due, evaluated, "E0101", "DEPT", "G1",
				satisfaction, dispatches, returns, reworks, "0");
	}
}
