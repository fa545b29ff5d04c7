package org.tongguan.open311.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * Dates as the specification wants them: the W3C profile of ISO 8601 with a time zone, e.g.
 * {@code 2026-11-21T09:30:00+08:00}, written in the city's zone.
 */
final class W3cDates {

	private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

	private final ZoneId zone;

	W3cDates(ZoneId zone) {
		this.zone = zone;
	}

	/** The instant in the city's zone with its offset, to the second; {@code null} stays {@code null}. */
	String format(Instant instant) {
		return instant == null ? null : FORMAT.format(instant.atZone(zone).truncatedTo(ChronoUnit.SECONDS));
	}

	/**
	 * Reads a date-time with an offset ({@code 2010-01-01T00:00:00Z}, {@code 2010-01-01T08:00+08:00}) or a complete
	 * date ({@code 2010-01-01}, the start of that day in the city's zone). A {@code +} of an offset that arrived
	 * decoded as a space (an unencoded query string) is read as {@code +}.
	 *
	 * @throws Open311Exception 400 naming the parameter when the text is no such date
	 */
	Instant parse(String parameter, String text) {
		String value = text.strip().replace(' ', '+');
		try {
			return value.length() == 10 ? LocalDate.parse(value).atStartOfDay(zone).toInstant()
					: OffsetDateTime.parse(value).toInstant();
		}
		catch (DateTimeParseException e) {
			throw Open311Exception.badRequest(parameter + " '" + text + "' is not a W3C date-time with a time zone, "
					+ "e.g. 2010-01-01T00:00:00Z or 2010-01-01T08:00:00+08:00");
		}
	}
}
