package org.tongguan.calendar.internal;

import java.io.IOException;
import java.io.StringReader;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAmount;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.CalendarParserFactory;
import net.fortuna.ical4j.data.ContentHandlerContext;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import net.fortuna.ical4j.model.property.Duration;

import org.tongguan.shared.InvalidInputException;
import org.tongguan.shared.Violation;

/**
 * An official holiday calendar (节假日安排) read from iCalendar: every all-day VEVENT whose SUMMARY ends in
 * {@code (休)} marks its days off, in {@code (班)} marks its weekend days worked (调休); DTEND is exclusive, DURATION
 * in whole days works too, neither means one day.
 *
 * @param days every special day of the file, ascending
 */
public record HolidayFile(List<SpecialDay> days) {

	private static final String OFF = "(休)";

	private static final String WORKED = "(班)";

	private static final int LONGEST_EVENT_DAYS = 31;

	private static final int LONGEST_NAME = 200;

	/** Properties the platform does not need and that some publishers write invalidly (e.g. a DTSTAMP not in UTC). */
	private static final List<String> IGNORED = List.of(Property.DTSTAMP, Property.CREATED, Property.LAST_MODIFIED);

	public HolidayFile {
		days = List.copyOf(days);
	}

	/**
	 * Reads a whole file, checking every event.
	 * @throws InvalidInputException listing every unreadable line or invalid event, so nothing half-read is stored
	 */
	public static HolidayFile read(String text) {
		if (text == null || text.isBlank()) {
			throw new InvalidInputException("body", "the iCalendar file is empty");
		}
		List<VEvent> events = parse(text).getComponents(Component.VEVENT);
		if (events.isEmpty()) {
			throw new InvalidInputException("body", "the iCalendar file holds no VEVENT");
		}
		List<Integer> lines = eventLines(text, events.size());
		List<Violation> violations = new ArrayList<>();
		Map<LocalDate, SpecialDay> days = new TreeMap<>();
		for (int i = 0; i < events.size(); i++) {
			String where = "VEVENT at line " + lines.get(i)
					+ text(events.get(i), Property.UID).map(uid -> " (UID " + uid + ")").orElse("");
			int before = violations.size();
			List<SpecialDay> eventDays = read(events.get(i), where, violations);
			if (violations.size() == before) {
				merge(eventDays, days, where, violations);
			}
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException("The iCalendar file has " + violations.size()
					+ " problem(s); nothing was imported", violations);
		}
		return new HolidayFile(new ArrayList<>(days.values()));
	}

	/** The years this file covers: an import replaces all special days of exactly these years. */
	public List<Integer> years() {
		return List.copyOf(new TreeSet<>(days.stream().map(day -> day.date().getYear()).toList()));
	}

	private static Calendar parse(String text) {
		ContentHandlerContext context = new ContentHandlerContext().withIgnoredPropertyNames(IGNORED);
		CalendarBuilder builder = new CalendarBuilder(CalendarParserFactory.getInstance().get(), context,
				TimeZoneRegistryFactory.getInstance().createRegistry());
		try {
			return builder.build(new StringReader(text));
		}
		catch (ParserException e) {
			throw new InvalidInputException("The iCalendar file does not parse",
					List.of(new Violation("line " + e.getLineNo(), rootMessage(e))));
		}
		catch (IOException | RuntimeException e) {
			throw new InvalidInputException("body", "the iCalendar file does not parse: " + rootMessage(e));
		}
	}

	private static List<SpecialDay> read(VEvent event, String where, List<Violation> violations) {
		String summary = text(event, Property.SUMMARY).map(String::strip).orElse("");
		String quoted = "'" + summary + "': ";
		SpecialDay.Kind kind = summary.endsWith(OFF) ? SpecialDay.Kind.HOLIDAY
				: summary.endsWith(WORKED) ? SpecialDay.Kind.WORKDAY : null;
		if (kind == null) {
			violations.add(new Violation(where,
					quoted + "SUMMARY must end in (休) for days off or (班) for working days"));
		}
		Optional<Temporal> start = event.getStartDate().map(DateProperty::getDate);
		if (start.isEmpty() || !(start.get() instanceof LocalDate first)) {
			violations.add(new Violation(where, quoted + "DTSTART must be a date (DTSTART;VALUE=DATE:yyyyMMdd)"));
			return List.of();
		}
		LocalDate end = end(event, first, where, quoted, violations);
		if (kind == null || end == null) {
			return List.of();
		}
		if (event.getProperty(Property.RRULE).isPresent() || event.getProperty(Property.RDATE).isPresent()) {
			violations.add(new Violation(where,
					quoted + "recurring events (RRULE, RDATE) are not supported; list each year"));
			return List.of();
		}
		String suffix = kind == SpecialDay.Kind.HOLIDAY ? OFF : WORKED;
		String name = summary.substring(0, summary.length() - suffix.length()).strip();
		if (name.length() > LONGEST_NAME) {
			violations.add(new Violation(where, "SUMMARY is longer than " + LONGEST_NAME + " characters"));
			return List.of();
		}
		List<SpecialDay> days = new ArrayList<>();
		for (LocalDate day = first; day.isBefore(end); day = day.plusDays(1)) {
			if (kind == SpecialDay.Kind.WORKDAY && !isWeekend(day)) {
				violations.add(new Violation(where, quoted + day + " is a " + day.getDayOfWeek()
						+ "; a (班) working day must be a Saturday or Sunday"));
			}
			days.add(new SpecialDay(day, kind, name.isEmpty() ? summary : name));
		}
		return days;
	}

	/** The exclusive end date of an all-day event, or null after recording why it is invalid. */
	private static LocalDate end(VEvent event, LocalDate first, String where, String quoted,
			List<Violation> violations) {
		LocalDate end = first.plusDays(1);
		if (event.getProperty(Property.DTEND).isPresent()) {
			Optional<Temporal> given = event.getEndDate(false).map(DateProperty::getDate);
			if (given.isEmpty() || !(given.get() instanceof LocalDate date)) {
				violations.add(new Violation(where, quoted + "DTEND must be a date (DTEND;VALUE=DATE:yyyyMMdd)"));
				return null;
			}
			end = date;
		}
		else if (event.getProperty(Property.DURATION).isPresent()) {
			TemporalAmount duration = event.<Duration>getProperty(Property.DURATION)
				.orElseThrow()
				.getDuration();
			if (!(duration instanceof Period period) || period.toTotalMonths() != 0) {
				violations.add(new Violation(where, quoted + "DURATION must be whole days, e.g. P3D"));
				return null;
			}
			end = first.plus(period);
		}
		if (!end.isAfter(first) || end.isAfter(first.plusDays(LONGEST_EVENT_DAYS))) {
			violations.add(new Violation(where, quoted + "an event must last 1 to " + LONGEST_EVENT_DAYS
					+ " days (DTEND is the day after the last day), not " + first + " to " + end));
			return null;
		}
		return end;
	}

	private static void merge(List<SpecialDay> eventDays, Map<LocalDate, SpecialDay> days, String where,
			List<Violation> violations) {
		for (SpecialDay day : eventDays) {
			SpecialDay earlier = days.putIfAbsent(day.date(), day);
			if (earlier != null && earlier.kind() != day.kind()) {
				violations.add(new Violation(where, day.date() + " is marked both off (休) and worked (班) ("
						+ earlier.name() + ", " + day.name() + ")"));
			}
		}
	}

	private static Optional<String> text(VEvent event, String property) {
		return event.getProperty(property).map(Property::getValue);
	}

	/** The 1-based line of each {@code BEGIN:VEVENT}, in file order (the order ical4j lists the events in). */
	private static List<Integer> eventLines(String text, int events) {
		List<Integer> lines = new ArrayList<>();
		List<String> all = text.lines().toList();
		for (int i = 0; i < all.size(); i++) {
			if (all.get(i).strip().equalsIgnoreCase("BEGIN:VEVENT")) {
				lines.add(i + 1);
			}
		}
		return lines.size() == events ? lines : Collections.nCopies(events, 0);
	}

	private static boolean isWeekend(LocalDate day) {
		return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
	}

	private static String rootMessage(Throwable e) {
		Throwable cause = e;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
	}
}
