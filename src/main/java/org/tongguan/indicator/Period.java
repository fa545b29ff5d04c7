package org.tongguan.indicator;

import java.time.LocalDate;

/**
 * 统计期 — the period a value is for: a day, an ISO week, a month, a quarter or a year, as the indicator's frequency
 * says; stored as its first day.
 *
 * @param frequency the kind of period
 * @param start its first day
 */
public record Period(Frequency frequency, LocalDate start) {

	public Period {
		if (!frequency.start(start).equals(start)) {
			throw new IllegalArgumentException(start + " does not begin " + frequency.form());
		}
	}

	/**
	 * The period the text writes.
	 *
	 * @throws IllegalArgumentException naming the form when the text is no period of this frequency
	 */
	public static Period parse(Frequency frequency, String text) {
		return new Period(frequency, frequency.parse(text)
			.orElseThrow(() -> new IllegalArgumentException("'" + text + "' is not " + frequency.form() + " (from "
					+ Frequency.FIRST_YEAR + " on)")));
	}

	/** The first day after the period. */
	public LocalDate end() {
		return frequency.next(start);
	}

	/** The period as it is written, e.g. {@code 2025-Q1}. */
	public String text() {
		return frequency.text(start);
	}

	@Override
	public String toString() {
		return text();
	}
}
