package org.tongguan.indicator.registry;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Reads and writes an indicator's expected delay as an ISO-8601 duration in days and time ({@code P15D}, {@code PT6H}). */
final class Delays {

	/** The longest delay a plan may name. */
	static final Duration LONGEST = Duration.ofDays(366);

	private Delays() {
	}

	/** The delay the text writes, empty when it is no ISO-8601 duration from zero up to {@link #LONGEST}. */
	static Optional<Duration> parse(String text) {
		try {
			Duration delay = Duration.parse(text.strip());
			return delay.isNegative() || delay.compareTo(LONGEST) > 0 ? Optional.empty() : Optional.of(delay);
		}
		catch (DateTimeParseException e) {
			return Optional.empty();
		}
	}

	/** The delay in whole days where it is whole days ({@code P15D}), else as hours and minutes ({@code PT30H}). */
	static String text(Duration delay) {
		return delay.toSeconds() % Duration.ofDays(1).toSeconds() == 0 && !delay.isZero() ? "P" + delay.toDays() + "D"
				: delay.toString();
	}
}
