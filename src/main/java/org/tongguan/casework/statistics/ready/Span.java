package org.tongguan.casework.statistics.ready;

import java.time.LocalDate;

/** The length of a cell's period: a city-local day or a calendar month. */
enum Span {
	/** One day. */
	D,
	/** One calendar month. */
	M;

	/** The first day of the period after the one starting at {@code start}. */
	LocalDate next(LocalDate start) {
		return this == D ? start.plusDays(1) : start.plusMonths(1);
	}

	/** The first day of the period of this span that holds the day. */
	LocalDate start(LocalDate day) {
		return this == D ? day : day.withDayOfMonth(1);
	}
}
