package org.tongguan.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tongguan.shared.InvalidInputException;
import org.tongguan.shared.Violation;

/** Reading official holiday calendars (节假日安排) from iCalendar, and refusing invalid ones as a whole. */
class HolidayFileTests {

	@Test
	void readsTheBundledOfficialCalendar() {
		HolidayFile file = HolidayFile.read(OfficialCalendars.BUNDLED_TEXT);

		assertThat(file.years()).containsExactly(2024, 2025, 2026);
		assertThat(file.days()).contains(new SpecialDay(LocalDate.parse("2026-02-14"), SpecialDay.Kind.WORKDAY, "春节"),
				new SpecialDay(LocalDate.parse("2026-02-28"), SpecialDay.Kind.WORKDAY, "春节"));
		assertThat(file.days()).filteredOn(day -> day.name().equals("春节") && day.date().getYear() == 2026
				&& day.kind() == SpecialDay.Kind.HOLIDAY)
			.extracting(SpecialDay::date)
			.containsExactlyElementsOf(LocalDate.parse("2026-02-15").datesUntil(LocalDate.parse("2026-02-24")).toList());
	}

	@Test
	void readsSingleDayAndDurationEvents() {
		HolidayFile file = HolidayFile.read(calendar(event("a", "DTSTART;VALUE=DATE:20270501", "DURATION:P3D", "劳动节(休)"),
				event("b", "DTSTART;VALUE=DATE:20270424", null, "劳动节(班)")));

		assertThat(file.days()).extracting(SpecialDay::date)
			.containsExactly(LocalDate.parse("2027-04-24"), LocalDate.parse("2027-05-01"), LocalDate.parse("2027-05-02"),
					LocalDate.parse("2027-05-03"));
		assertThat(file.years()).containsExactly(2027);
	}

	@Test
	void listsEveryInvalidEventWithItsLineAndUid() {
		String text = calendar(event("no-suffix", "DTSTART;VALUE=DATE:20270101", null, "元旦"),
				event("timed", "DTSTART:20270101T090000", null, "元旦(休)"),
				event("no-start", null, null, "元旦(休)"),
				event("weekday", "DTSTART;VALUE=DATE:20270104", null, "元旦(班)"),
				event("good", "DTSTART;VALUE=DATE:20270102", null, "元旦(休)"));

		assertThatThrownBy(() -> HolidayFile.read(text)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
			assertThat(e.violations()).extracting(Violation::field)
				.containsExactly("VEVENT at line 4 (UID no-suffix)", "VEVENT at line 9 (UID timed)",
						"VEVENT at line 14 (UID no-start)", "VEVENT at line 18 (UID weekday)");
			assertThat(e.violations()).extracting(Violation::message)
				.anySatisfy(message -> assertThat(message).contains("'元旦'", "(休)", "(班)"))
				.anySatisfy(message -> assertThat(message).contains("DTSTART must be a date"))
				.anySatisfy(message -> assertThat(message).contains("2027-01-04 is a MONDAY"));
		});
	}

	@Test
	void refusesADayMarkedBothOffAndWorked() {
		String text = calendar(event("off", "DTSTART;VALUE=DATE:20270102", null, "元旦(休)"),
				event("on", "DTSTART;VALUE=DATE:20270102", null, "元旦(班)"));

		assertThatThrownBy(() -> HolidayFile.read(text)).isInstanceOfSatisfying(InvalidInputException.class,
				e -> assertThat(e.violations()).singleElement()
					.satisfies(violation -> assertThat(violation.message()).contains("2027-01-02", "both")));
	}

	@Test
	void refusesTextThatIsNotICalendarOrHasNoEvents() {
		assertThatThrownBy(() -> HolidayFile.read("hello\nworld\n")).isInstanceOfSatisfying(InvalidInputException.class,
				e -> assertThat(e.violations()).singleElement()
					.satisfies(violation -> assertThat(violation.field()).isEqualTo("line 1")));
		assertThatThrownBy(() -> HolidayFile.read(calendar())).isInstanceOfSatisfying(InvalidInputException.class,
				e -> assertThat(e.violations()).singleElement()
					.satisfies(violation -> assertThat(violation.message()).contains("no VEVENT")));
		assertThatThrownBy(() -> HolidayFile.read(" ")).isInstanceOf(InvalidInputException.class);
	}

	@Test
	void refusesImplausiblyLongEvents() {
		String text = calendar(event("typo", "DTSTART;VALUE=DATE:20270101", "DTEND;VALUE=DATE:20280101", "元旦(休)"));

		assertThatThrownBy(() -> HolidayFile.read(text)).isInstanceOfSatisfying(InvalidInputException.class,
				e -> assertThat(e.violations()).singleElement()
					.satisfies(violation -> assertThat(violation.message()).contains("1 to 31 days")));
	}

	/** A calendar of the given events; the first event begins on line 4. */
	static String calendar(String... events) {
		return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Tongguan//Tests//CN\r\n" + String.join("", events)
				+ "END:VCALENDAR\r\n";
	}

	/** An all-day event of four to six lines (start and end are optional). */
	static String event(String uid, String start, String end, String summary) {
		StringBuilder event = new StringBuilder("BEGIN:VEVENT\r\nUID:" + uid + "\r\n");
		for (String line : List.of(start == null ? "" : start, end == null ? "" : end)) {
			if (!line.isEmpty()) {
				event.append(line).append("\r\n");
			}
		}
		return event.append("SUMMARY:").append(summary).append("\r\nEND:VEVENT\r\n").toString();
	}
}
