package org.tongguan.calendar.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.tongguan.shared.InvalidInputException;
import org.tongguan.shared.Violation;

/** Reads the query parameters of one calendar request, collecting every problem before answering 400. */
final class CalendarParameters {

	private static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");

	private static final Instant LATEST = Instant.parse("9999-12-31T00:00:00Z");

	private final ZoneId zone;

	private final List<Violation> violations = new ArrayList<>();

	CalendarParameters(ZoneId zone) {
		this.zone = zone;
	}

	/** An ISO-8601 date-time with offset (encode {@code +} as {@code %2B}), or without one in the city's zone. */
	Instant instant(String field, String value) {
		if (isMissing(field, value)) {
			return null;
		}
		try {
			TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(value.strip(), ZonedDateTime::from,
					LocalDateTime::from);
			Instant instant = parsed instanceof ZonedDateTime zoned ? zoned.toInstant()
					: ((LocalDateTime) parsed).atZone(zone).toInstant();
			if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
				violations.add(new Violation(field, "must lie between the years 1900 and 9999"));
			}
			return instant;
		}
		catch (DateTimeParseException e) {
			violations.add(new Violation(field, "'" + value + "' is not an ISO-8601 date-time such as "
					+ "2026-02-13T10:00:00+08:00 (write + as %2B in a URL)"));
			return null;
		}
	}

	/** A whole number, zero or more. */
	int amount(String field, String value) {
		if (isMissing(field, value)) {
			return 0;
		}
		try {
			int amount = Integer.parseInt(value.strip());
			if (amount < 0) {
				violations.add(new Violation(field, "must be zero or more, not " + amount));
			}
			return amount;
		}
		catch (NumberFormatException e) {
			violations.add(new Violation(field, "'" + value + "' is not a whole number"));
			return 0;
		}
	}

	/** One of the enum's constants, case-insensitive; {@code fallback} when absent (null: required). */
	<E extends Enum<E>> E choice(String field, String value, Class<E> type, E fallback) {
		if (fallback != null && (value == null || value.isBlank())) {
			return fallback;
		}
		if (isMissing(field, value)) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			violations.add(new Violation(field, "'" + value + "' is not one of "
					+ Arrays.toString(type.getEnumConstants())));
			return null;
		}
	}

	/** @throws InvalidInputException when any parameter read so far was missing or invalid */
	void check() {
		if (!violations.isEmpty()) {
			throw new InvalidInputException("Invalid query parameters", violations);
		}
	}

	private boolean isMissing(String field, String value) {
		if (value == null || value.isBlank()) {
			violations.add(new Violation(field, "is required"));
			return true;
		}
		return false;
	}
}
