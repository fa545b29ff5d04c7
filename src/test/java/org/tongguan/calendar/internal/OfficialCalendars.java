package org.tongguan.calendar.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Builds calendars on the bundled official 2024–2026 holiday file without Spring. */
final class OfficialCalendars {

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	static final List<String> DEFAULT_HOURS = List.of("09:00-12:00", "14:00-18:00");

	static final String BUNDLED_TEXT = bundled();

	static final List<SpecialDay> BUNDLED_DAYS = HolidayFile.read(BUNDLED_TEXT).days();

	private static final Map<LocalDate, SpecialDay.Kind> BUNDLED_KINDS = BUNDLED_DAYS.stream()
		.collect(Collectors.toMap(SpecialDay::date, SpecialDay::kind));

	private OfficialCalendars() {
	}

	/** The official calendar with the default working hours 09:00–12:00 and 14:00–18:00. */
	static CalendarSnapshot standard() {
		return withHours(DEFAULT_HOURS);
	}

	static CalendarSnapshot withHours(List<String> periods) {
		return new CalendarSnapshot(SHANGHAI, WorkingPeriods.parse(periods), BUNDLED_DAYS);
	}

	/** The instant of a wall-clock time in Shanghai, e.g. {@code 2026-02-13T10:00}. */
	static Instant at(String localDateTime) {
		return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
	}

	/** Whether the official file marks the day off (休), worked (班), or not at all (null). */
	static SpecialDay.Kind kindOf(LocalDate date) {
		return BUNDLED_KINDS.get(date);
	}

	private static String bundled() {
		try (InputStream in = OfficialCalendars.class.getResourceAsStream("/calendar/cn-holidays.ics")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
