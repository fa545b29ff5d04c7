package org.tongguan.sensing.archive;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.List;

/**
 * Reads the measuring time ({@code ts}) of an archived reading: ISO-8601 with offset ({@code 2026-03-01T09:00:00+08:00}
 * or {@code …Z}), a local time on the city clock ({@code 2026-03-01T09:00:00}, {@code 2026-03-01 09:00}), or epoch
 * milliseconds ({@code 1772326800000}). A time may not lie more than the live intake's future skew ahead of the
 * platform clock; how old it may be is not limited (that is what an archive is for).
 */
final class ArchiveTimes {

	/** The accepted forms, for messages. */
	static final String FORMS = "ISO-8601 with offset (2026-03-01T09:00:00+08:00), a local time on the city clock "
			+ "(2026-03-01 09:00:00) or epoch milliseconds";

	private static final DateTimeFormatter FORMAT = new DateTimeFormatterBuilder()
		.append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
		.optionalStart()
		.appendOffsetId()
		.optionalEnd()
		.toFormatter()
		.withChronology(IsoChronology.INSTANCE)
		.withResolverStyle(ResolverStyle.STRICT);

	private final ZoneId zone;

	private final long latest;

	private final Duration skew;

	/** Times up to {@code skew} past {@code now} are accepted. */
	ArchiveTimes(ZoneId zone, Instant now, Duration skew) {
		this.zone = zone;
		this.latest = now.toEpochMilli() + skew.toMillis();
		this.skew = skew;
	}

	/** The time in epoch milliseconds; fails with what is wrong. */
	long millis(String text) {
		String value = text == null ? "" : text.strip();
		if (value.isEmpty()) {
			throw new DateTimeException("is required (" + FORMS + ")");
		}
		long millis = isDigits(value) ? epoch(value) : text(value);
		if (millis < 0) {
			throw new DateTimeException("'" + value + "' lies before 1970");
		}
		if (millis > latest) {
			throw new DateTimeException("'" + value + "' (" + Instant.ofEpochMilli(millis) + ") lies more than "
					+ skew + " ahead of the platform clock (setting tongguan.sensing.telemetry.max-future-skew)");
		}
		return millis;
	}

	private static long epoch(String value) {
		if (value.length() > 15) {
			throw new DateTimeException("'" + value + "' read as epoch milliseconds lies beyond the year 9999");
		}
		return Long.parseLong(value);
	}

	private long text(String value) {
		String iso = value.length() > 10 && value.charAt(10) == ' ' ? value.substring(0, 10) + 'T' + value.substring(11)
				: value;
		TemporalAccessor parsed;
		try {
			parsed = FORMAT.parse(iso);
		}
		catch (DateTimeException e) {
			throw new DateTimeException("'" + value + "' is not " + FORMS);
		}
		LocalDateTime local = LocalDateTime.from(parsed);
		if (parsed.isSupported(ChronoField.OFFSET_SECONDS)) {
			return local.toInstant(ZoneOffset.ofTotalSeconds(parsed.get(ChronoField.OFFSET_SECONDS))).toEpochMilli();
		}
		List<ZoneOffset> offsets = zone.getRules().getValidOffsets(local);
		if (offsets.isEmpty()) {
			throw new DateTimeException("'" + value + "' does not exist on the city clock (" + zone
					+ " skips it when daylight saving time begins); give it with an offset");
		}
		return local.toInstant(offsets.get(0)).toEpochMilli();
	}

	private static boolean isDigits(String value) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c < '0' || c > '9') {
				return false;
			}
		}
		return true;
	}
}
