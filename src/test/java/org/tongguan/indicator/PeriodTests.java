package org.tongguan.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/**
 * Periods in the form of each frequency: read, written back, counted and stepped, and refused when they do not fit.
 */
class PeriodTests {

	@Test
	void eachFrequencyReadsAndWritesItsPeriods() {
		assertThat(Period.parse(Frequency.DAILY, "2025-03-05").start()).isEqualTo(LocalDate.of(2025, 3, 5));
		assertThat(Period.parse(Frequency.WEEKLY, "2025-W10").start()).isEqualTo(LocalDate.of(2025, 3, 3));
		assertThat(Period.parse(Frequency.WEEKLY, "2025-W01").start()).isEqualTo(LocalDate.of(2024, 12, 30));
		assertThat(Period.parse(Frequency.MONTHLY, "2025-03").end()).isEqualTo(LocalDate.of(2025, 4, 1));
		assertThat(Period.parse(Frequency.QUARTERLY, "2025-Q4").start()).isEqualTo(LocalDate.of(2025, 10, 1));
		assertThat(Period.parse(Frequency.YEARLY, "2025").end()).isEqualTo(LocalDate.of(2026, 1, 1));
		for (Frequency frequency : Frequency.values()) {
			Period period = new Period(frequency, frequency.start(LocalDate.of(2024, 12, 31)));
			assertThat(Period.parse(frequency, period.text())).as(frequency.name()).isEqualTo(period);
		}
		assertThat(new Period(Frequency.WEEKLY, LocalDate.of(2024, 12, 30)).text()).isEqualTo("2025-W01");
	}

	@Test
	void eachFrequencyCountsAndStepsPeriodsBetweenPeriodStarts() {
		LocalDate start = LocalDate.of(2024, 12, 30);
		assertThat(Frequency.DAILY.between(start, LocalDate.of(2025, 3, 1))).isEqualTo(61);
		assertThat(Frequency.WEEKLY.between(start, LocalDate.of(2025, 3, 3))).isEqualTo(9);
		assertThat(Frequency.MONTHLY.between(LocalDate.of(2024, 11, 1), LocalDate.of(2025, 2, 1))).isEqualTo(3);
		assertThat(Frequency.QUARTERLY.between(LocalDate.of(2024, 10, 1), LocalDate.of(2025, 7, 1))).isEqualTo(3);
		assertThat(Frequency.YEARLY.between(LocalDate.of(2025, 1, 1), LocalDate.of(2023, 1, 1))).isEqualTo(-2);
		for (Frequency frequency : Frequency.values()) {
			LocalDate first = frequency.start(LocalDate.of(2024, 2, 29));
			LocalDate later = frequency.plus(first, 5);
			assertThat(frequency.start(later)).as(frequency.name()).isEqualTo(later);
			assertThat(frequency.between(first, later)).as(frequency.name()).isEqualTo(5);
			assertThat(frequency.next(frequency.plus(first, 4))).as(frequency.name()).isEqualTo(later);
		}
	}

	@Test
	void aPeriodOfAnotherFormOrThatDoesNotExistIsRefused() {
		assertThat(Period.parse(Frequency.WEEKLY, "2020-W53").start()).isEqualTo(LocalDate.of(2020, 12, 28));
		assertThatIllegalArgumentException().isThrownBy(() -> Period.parse(Frequency.WEEKLY, "2021-W53"))
			.withMessageContaining("an ISO week");
		assertThatIllegalArgumentException().isThrownBy(() -> Period.parse(Frequency.DAILY, "2025-02-29"));
		assertThatIllegalArgumentException().isThrownBy(() -> Period.parse(Frequency.DAILY, "2025-03"))
			.withMessageContaining("a day, written like 2025-03-05");
		assertThatIllegalArgumentException().isThrownBy(() -> Period.parse(Frequency.MONTHLY, "2025-13"));
		assertThatIllegalArgumentException().isThrownBy(() -> Period.parse(Frequency.QUARTERLY, "2025-Q5"));
		assertThatIllegalArgumentException().isThrownBy(() -> Period.parse(Frequency.YEARLY, "1899"));
		assertThatIllegalArgumentException().isThrownBy(() -> Period.parse(Frequency.MONTHLY, null));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Period(Frequency.MONTHLY, LocalDate.of(2025, 3, 2)));
	}
}
