package org.tongguan.indicator.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.tongguan.indicator.Period;

/**
 * The seasonality of a demo series: patterns with their amplitudes, written {@code WEEKDAY:0.1+FESTIVAL:-0.55}
 * (nothing for none).
 *
 * @param terms the patterns and their amplitudes
 */
record Season(List<Term> terms) {

	/** The smallest factor a season gives, so that no value turns negative through its season alone. */
	static final double SMALLEST_FACTOR = 0.02;

	Season {
		terms = List.copyOf(terms);
	}

	/**
	 * The season the text writes.
	 *
	 * @throws IllegalArgumentException when a term is not {@code PATTERN:amplitude}
	 */
	static Season parse(String text) {
		List<Term> terms = new ArrayList<>();
		if (text != null && !text.isBlank()) {
			for (String term : text.split("\\+")) {
				String[] parts = term.strip().split(":");
				if (parts.length != 2) {
					throw new IllegalArgumentException("'" + term + "' is not PATTERN:amplitude");
				}
				terms.add(new Term(SeasonProfile.valueOf(parts[0].strip()), Double.parseDouble(parts[1])));
			}
		}
		return new Season(terms);
	}

	/** The factor the season gives the period's value: 1 plus each pattern's average over the period's days. */
	double factor(Period period) {
		double sum = 0;
		for (Term term : terms) {
			if (term.profile() == SeasonProfile.CUMULATIVE) {
				LocalDate last = period.end().minusDays(1);
				sum += term.amplitude() * ((double) last.getDayOfYear() / last.lengthOfYear() - 1);
			}
			else if (term.profile() != SeasonProfile.RAIN) {
				sum += term.amplitude() * average(term.profile(), period);
			}
		}
		return Math.max(SMALLEST_FACTOR, 1 + sum);
	}

	/** The amplitude of the rain pattern, {@code null} when the series is no daily rain. */
	Double rain() {
		return terms.stream()
			.filter(term -> term.profile() == SeasonProfile.RAIN)
			.map(Term::amplitude)
			.findFirst()
			.orElse(null);
	}

	private static double average(SeasonProfile profile, Period period) {
		double sum = 0;
		int days = 0;
		for (LocalDate day = period.start(); day.isBefore(period.end()); day = day.plusDays(1)) {
			sum += profile.on(day);
			days++;
		}
		return sum / days;
	}

	/**
	 * One pattern of a season.
	 *
	 * @param profile the pattern
	 * @param amplitude how strongly it moves the values (negative: against the pattern)
	 */
	record Term(SeasonProfile profile, double amplitude) {
	}
}
