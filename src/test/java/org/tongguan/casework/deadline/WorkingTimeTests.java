package org.tongguan.casework.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;
import org.tongguan.calendar.CalendarKind;
import org.tongguan.calendar.WorkingCalendar;
import org.tongguan.shared.TimeLimit;

/** Working-time arithmetic with durations that are not whole hours, on a calendar that works half of every hour. */
class WorkingTimeTests {

	private static final Instant START = Instant.parse("2026-11-23T01:10:00Z");

	private final WorkingTime time = new WorkingTime(new HalfHours());

	@Test
	void aDurationEndsWhereItsWorkingTimeHasPassed() {
		for (int minutes : new int[] { 0, 1, 19, 20, 45, 90, 137, 600 }) {
			Duration working = Duration.ofMinutes(minutes).plusSeconds(7);
			Instant end = time.after(START, working, CalendarKind.WORKING);
			assertThat(time.elapsed(START, end, CalendarKind.WORKING)).as("%d minutes", minutes).isEqualTo(working);
			assertThat(time.elapsed(START, end.minusMillis(1), CalendarKind.WORKING)).isLessThan(working);
		}
	}

	@Test
	void aRemainderPastTheEndOfAPeriodLandsInTheNextOne() {
		// From 01:10 the first period leaves 20 minutes (until 01:30); 30 minutes end at 02:10.
		assertThat(time.after(START, Duration.ofMinutes(30), CalendarKind.WORKING))
			.isEqualTo(Instant.parse("2026-11-23T02:10:00Z"));
	}

	/** Works from minute 0 to 30 of every hour; whole-hour deadlines and elapsed time on that rule. */
	private static final class HalfHours implements WorkingCalendar {

		@Override
		public Instant deadline(Instant start, TimeLimit limit, CalendarKind kind) {
			Duration left = length(limit, kind);
			Instant at = start;
			while (!left.isZero() && !left.isNegative()) {
				Instant hour = at.truncatedTo(ChronoUnit.HOURS);
				Instant periodEnd = hour.plus(Duration.ofMinutes(30));
				if (!at.isBefore(periodEnd)) {
					at = hour.plus(Duration.ofHours(1));
					continue;
				}
				Duration available = Duration.between(at, periodEnd);
				if (available.compareTo(left) >= 0) {
					return at.plus(left);
				}
				left = left.minus(available);
				at = hour.plus(Duration.ofHours(1));
			}
			return at;
		}

		@Override
		public Duration elapsed(Instant from, Instant to, CalendarKind kind) {
			Duration total = Duration.ZERO;
			Instant at = from;
			while (at.isBefore(to)) {
				Instant hour = at.truncatedTo(ChronoUnit.HOURS);
				Instant periodEnd = hour.plus(Duration.ofMinutes(30));
				Instant end = to.isBefore(periodEnd) ? to : periodEnd;
				if (at.isBefore(end)) {
					total = total.plus(Duration.between(at, end));
				}
				at = hour.plus(Duration.ofHours(1));
			}
			return total;
		}

		@Override
		public Duration length(TimeLimit limit, CalendarKind kind) {
			return Duration.ofHours(limit.unit() == TimeLimit.Unit.WORKING_DAYS ? limit.amount() * 7L : limit.amount());
		}
	}
}
