package org.tongguan.casework.statistics.ready;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/**
 * A query's period falls into day and month parts, and the parts of several queries are read as the fewest ranges
 * that hold no slice none of them counts.
 */
class CellQueryTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 8);

	@Test
	void aPeriodIsItsPartialMonthsOfDaysAndTheWholeMonthsBetween() {
		CellQuery threeYears = new CellQuery(LocalDate.of(2023, 11, 17), TODAY);

		assertThat(threeYears.parts()).containsExactly(
				new CellQuery.Part(Span.D, LocalDate.of(2023, 11, 17), LocalDate.of(2023, 12, 1)),
				new CellQuery.Part(Span.M, LocalDate.of(2023, 12, 1), LocalDate.of(2026, 12, 1)),
				new CellQuery.Part(Span.D, LocalDate.of(2026, 12, 1), TODAY));
	}

	@Test
	void aLongPeriodReadsItsTwoPartialMonthsApartNotTheYearsOfDaysBetweenThem() {
		CellQuery threeYears = new CellQuery(LocalDate.of(2023, 11, 17), TODAY);

		assertThat(CellQuery.Part.joined(threeYears.parts())).containsExactly(
				new CellQuery.Part(Span.D, LocalDate.of(2023, 11, 17), LocalDate.of(2023, 12, 1)),
				new CellQuery.Part(Span.D, LocalDate.of(2026, 12, 1), TODAY),
				new CellQuery.Part(Span.M, LocalDate.of(2023, 12, 1), LocalDate.of(2026, 12, 1)));
	}

	@Test
	void aSeriesOfAdjoiningOrOverlappingPeriodsIsReadAsOneRangePerSpan() {
		List<CellQuery.Part> days = IntStream.range(0, 365)
			.mapToObj(day -> new CellQuery(TODAY.minusDays(day + 1), TODAY.minusDays(day)))
			.flatMap(query -> query.parts().stream())
			.toList();
		List<CellQuery.Part> months = IntStream.range(0, 3)
			.mapToObj(month -> new CellQuery(LocalDate.of(2026, 1 + month, 1), LocalDate.of(2026, 4 + month, 1)))
			.flatMap(query -> query.parts().stream())
			.toList();

		assertThat(CellQuery.Part.joined(days))
			.containsExactly(new CellQuery.Part(Span.D, TODAY.minusDays(365), TODAY));
		assertThat(CellQuery.Part.joined(months))
			.containsExactly(new CellQuery.Part(Span.M, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 1)));
	}
}
