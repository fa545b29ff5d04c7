package org.tongguan.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tongguan.calendar.internal.OfficialCalendars.at;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tongguan.calendar.CalendarKind;
import org.tongguan.calendar.WorkingCalendar;
import org.tongguan.shared.TimeLimit;

/** Worked examples of deadlines and elapsed working time around the 2026 Spring Festival (春节). */
class CalendarSnapshotTests {

	// The 2026 Spring Festival in the official file: 春节(休) Sun 2026-02-15 to Mon 2026-02-23 off, 春节(班) Saturday
	// 2026-02-14 and Saturday 2026-02-28 worked. Working hours 09:00-12:00 and 14:00-18:00 (7 h a day).
	private final WorkingCalendar calendar = OfficialCalendars.standard();

	@Test
	void oneWorkingDayFromFridayEndsOnTheAdjustedWorkingSaturday() {
		// Fri 02-13 10:00: 10-12 (2 h) and 14-18 (4 h) leave 6 h of the 7 h day; the next working day is the 调休
		// Saturday 02-14, whose first hour 09:00-10:00 completes the day: Sat 10:00.
		assertThat(calendar.deadline(at("2026-02-13T10:00"), TimeLimit.workingDays(1), CalendarKind.WORKING))
			.isEqualTo(at("2026-02-14T10:00"));
	}

	@Test
	void twoWorkingDaysFromFridayJumpOverTheWholeFestival() {
		// 14 h: 6 h on Friday 02-13, 7 h on Saturday 02-14 (13 h), Sun 02-15 to Mon 02-23 are off, so the last hour
		// is 09:00-10:00 on Tuesday 02-24.
		assertThat(calendar.deadline(at("2026-02-13T10:00"), TimeLimit.workingDays(2), CalendarKind.WORKING))
			.isEqualTo(at("2026-02-24T10:00"));
	}

	@Test
	void fiveWorkingHoursFromTheSaturdayAfternoonEndAtNoonAfterTheFestival() {
		// Sat 02-14 16:00-18:00 gives 2 h; the festival is off; Tue 02-24 09:00-12:00 gives the other 3 h, ending
		// exactly at the end of the morning period: 12:00, not 14:00.
		assertThat(calendar.deadline(at("2026-02-14T16:00"), TimeLimit.workingHours(5), CalendarKind.WORKING))
			.isEqualTo(at("2026-02-24T12:00"));
	}

	@Test
	void aFullDayFromMondayMorningEndsThatEvening() {
		assertThat(calendar.deadline(at("2026-03-02T09:00"), TimeLimit.workingHours(7), CalendarKind.WORKING))
			.isEqualTo(at("2026-03-02T18:00"));
	}

	@Test
	void aStartOutsideWorkingTimeCountsFromTheNextPeriod() {
		// Sunday 2026-03-01 is an ordinary weekend day; the hour runs Monday 09:00-10:00. Lunch time counts from 14:00.
		assertThat(calendar.deadline(at("2026-03-01T11:00"), TimeLimit.workingHours(1), CalendarKind.WORKING))
			.isEqualTo(at("2026-03-02T10:00"));
		assertThat(calendar.deadline(at("2026-03-02T12:30"), TimeLimit.workingHours(1), CalendarKind.WORKING))
			.isEqualTo(at("2026-03-02T15:00"));
	}

	@Test
	void aZeroLimitEndsAtTheStart() {
		Instant sunday = at("2026-03-01T11:00");
		assertThat(calendar.deadline(sunday, TimeLimit.workingDays(0), CalendarKind.WORKING)).isEqualTo(sunday);
	}

	@Test
	void elapsedOverTheFestivalCountsOnlyTheWorkingDays() {
		// Fri 02-13, Sat 02-14 (班) and Tue 02-24 are worked: 3 × 7 h between Friday 09:00 and Wednesday 09:00.
		assertThat(calendar.elapsed(at("2026-02-13T09:00"), at("2026-02-25T09:00"), CalendarKind.WORKING))
			.isEqualTo(Duration.ofHours(21));
		// Nothing is worked from Saturday evening to Tuesday morning.
		assertThat(calendar.elapsed(at("2026-02-14T18:00"), at("2026-02-24T09:00"), CalendarKind.WORKING))
			.isZero();
	}

	@Test
	void theAdjustedWorkingSaturdayAfterTheFestivalCounts() {
		// Sat 02-28 is 春节(班): a full 7 h day, and one working day from Friday 10:00 ends there at 10:00.
		assertThat(calendar.elapsed(at("2026-02-28T00:00"), at("2026-03-01T00:00"), CalendarKind.WORKING))
			.isEqualTo(Duration.ofHours(7));
		assertThat(calendar.deadline(at("2026-02-27T10:00"), TimeLimit.workingDays(1), CalendarKind.WORKING))
			.isEqualTo(at("2026-02-28T10:00"));
		// An ordinary Saturday does not count.
		assertThat(calendar.elapsed(at("2026-03-07T00:00"), at("2026-03-08T00:00"), CalendarKind.WORKING)).isZero();
	}

	@Test
	void roundTheClockIgnoresHolidaysAndWorkingHours() {
		assertThat(calendar.deadline(at("2026-02-13T10:00"), TimeLimit.workingDays(2), CalendarKind.ROUND_THE_CLOCK))
			.isEqualTo(at("2026-02-15T10:00"));
		assertThat(calendar.deadline(at("2026-02-15T23:30"), TimeLimit.workingHours(1), CalendarKind.ROUND_THE_CLOCK))
			.isEqualTo(at("2026-02-16T00:30"));
		assertThat(calendar.elapsed(at("2026-02-15T00:00"), at("2026-02-24T00:00"), CalendarKind.ROUND_THE_CLOCK))
			.isEqualTo(Duration.ofDays(9));
	}

	@Test
	void elapsedIsZeroWhenTheEndIsNotAfterTheStart() {
		assertThat(calendar.elapsed(at("2026-03-03T10:00"), at("2026-03-02T10:00"), CalendarKind.WORKING)).isZero();
	}

	@Test
	void aWorkingDayLastsTheConfiguredWorkingHours() {
		WorkingCalendar longDays = OfficialCalendars.withHours(List.of("08:30-12:00", "13:30-17:30", "19:00-20:00"));
		assertThat(longDays.length(TimeLimit.workingDays(2), CalendarKind.WORKING)).isEqualTo(Duration.ofHours(17));
		assertThat(longDays.length(TimeLimit.workingDays(2), CalendarKind.ROUND_THE_CLOCK)).isEqualTo(Duration.ofHours(48));
		assertThat(longDays.deadline(at("2026-03-02T08:30"), TimeLimit.workingDays(1), CalendarKind.WORKING))
			.isEqualTo(at("2026-03-02T20:00"));
	}

	@Test
	void limitsOfHundredsOfWorkingDaysAnswerInMicroseconds() {
		Instant start = at("2026-02-13T10:00");
		TimeLimit limit = TimeLimit.workingDays(300);
		for (int i = 0; i < 20_000; i++) {
			calendar.deadline(start.plusSeconds(i * 60L), limit, CalendarKind.WORKING);
		}
		int rounds = 20_000;
		long began = System.nanoTime();
		for (int i = 0; i < rounds; i++) {
			calendar.deadline(start.plusSeconds(i * 60L), limit, CalendarKind.WORKING);
		}
		long microsEach = (System.nanoTime() - began) / 1_000 / rounds;
		assertThat(microsEach).as("microseconds per 300-working-day deadline").isLessThan(50);
	}
}
