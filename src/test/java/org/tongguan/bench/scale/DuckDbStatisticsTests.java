package org.tongguan.bench.scale;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The bench's DuckDB side counts hand-made cases by the statistics API's definitions. */
class DuckDbStatisticsTests {

	private static final Instant FROM = Instant.parse("2025-03-01T00:00:00Z");

	private static final Instant TO = Instant.parse("2025-04-01T00:00:00Z");

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

		try (DuckDbStatistics duck = DuckDbStatistics.load(history, grids)) {
			Map<String, Figures> groups = duck.aggregate("district", FROM, TO, null);

			// reported, filed, due, closed, on time, reworked, dispatched, returned, evaluated, satisfied, handled
			assertThat(groups).containsOnlyKeys("D1");
			assertThat(groups.get("D1").values()).containsExactly(3L, 3L, 3L, 2L, 2L, 1L, 4L, 1L, 2L, 1L, 3L,
					300.0, 6.0);
			assertThat(duck.aggregate("district", FROM, TO, "S9")).isEmpty();
		}
	}

	private static String row(String id, String filed, String closed, String due, String evaluated,
			String satisfaction, String dispatches, String returns, String reworks) {
		return String.join(",", id, filed, filed, filed, filed, "", "", closed, due, evaluated, "E0101", "DEPT", "G1",
				satisfaction, dispatches, returns, reworks, "0");
	}
}
