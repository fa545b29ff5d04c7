package org.tongguan.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

import org.tongguan.calendar.CalendarKind;
import org.tongguan.shared.TimeLimit;

/**
 * Properties of deadline and elapsed-time arithmetic over random instants in 2024–2026 (weighted towards the 2026
 * Spring Festival, the 调休 weekends and the edges of working periods) and random limits, on the official calendar.
 */
class WorkingCalendarProperties {

	private static final LocalDateTime FIRST = LocalDateTime.parse("2024-01-01T00:00");

	private static final LocalDateTime SPRING_FESTIVAL = LocalDateTime.parse("2026-02-10T00:00");

	private static final List<LocalTime> PERIOD_EDGES = List.of(LocalTime.of(9, 0), LocalTime.of(12, 0),
			LocalTime.of(14, 0), LocalTime.of(18, 0));

	private final CalendarSnapshot calendar = OfficialCalendars.standard();

	@Property(tries = 3000)
	void elapsedUntilTheDeadlineIsTheLimit(@ForAll("preciseInstants") Instant start,
			@ForAll("limits") TimeLimit limit, @ForAll CalendarKind kind) {
		Instant deadline = calendar.deadline(start, limit, kind);
		assertThat(calendar.elapsed(start, deadline, kind)).isEqualTo(calendar.length(limit, kind));
	}

	@Property(tries = 3000)
	void deadlinesLieInWorkingTimeEndingAtMostAtAPeriodEnd(@ForAll("preciseInstants") Instant start,
			@ForAll("limits") TimeLimit limit) {
		Assume.that(limit.amount() > 0);
		ZonedDateTime deadline = calendar.deadline(start, limit, CalendarKind.WORKING).atZone(OfficialCalendars.SHANGHAI);
		assertThat(deadline.toInstant()).isAfter(start);
		assertThat(WorkingTimeOracle.isWorkingDay(deadline.toLocalDate())).as("%s is a working day", deadline).isTrue();
		LocalTime time = deadline.toLocalTime();
		boolean inPeriod = (time.isAfter(LocalTime.of(9, 0)) && !time.isAfter(LocalTime.of(12, 0)))
				|| (time.isAfter(LocalTime.of(14, 0)) && !time.isAfter(LocalTime.of(18, 0)));
		assertThat(inPeriod).as("%s lies in (09:00, 12:00] or (14:00, 18:00]", time).isTrue();
	}

	@Property(tries = 2000)
	void laterStartsNeverHaveEarlierDeadlines(@ForAll("preciseInstants") Instant one,
			@ForAll("preciseInstants") Instant other, @ForAll("limits") TimeLimit limit, @ForAll CalendarKind kind) {
		Instant earlier = one.isBefore(other) ? one : other;
		Instant later = one.isBefore(other) ? other : one;
		assertThat(calendar.deadline(earlier, limit, kind)).isBeforeOrEqualTo(calendar.deadline(later, limit, kind));
	}

	@Property(tries = 2000)
	void longerLimitsNeverHaveEarlierDeadlines(@ForAll("preciseInstants") Instant start,
			@ForAll @IntRange(max = 400) int one, @ForAll @IntRange(max = 400) int other,
			@ForAll TimeLimit.Unit unit, @ForAll CalendarKind kind) {
		TimeLimit shorter = new TimeLimit(Math.min(one, other), unit);
		TimeLimit longer = new TimeLimit(Math.max(one, other), unit);
		assertThat(calendar.deadline(start, shorter, kind)).isBeforeOrEqualTo(calendar.deadline(start, longer, kind));
	}

	@Property(tries = 2000)
	void consecutiveLimitsAddUp(@ForAll("preciseInstants") Instant start, @ForAll @IntRange(max = 300) int first,
			@ForAll @IntRange(min = 1, max = 300) int second, @ForAll TimeLimit.Unit unit,
			@ForAll CalendarKind kind) {
		Instant intermediate = calendar.deadline(start, new TimeLimit(first, unit), kind);
		assertThat(calendar.deadline(intermediate, new TimeLimit(second, unit), kind))
			.isEqualTo(calendar.deadline(start, new TimeLimit(first + second, unit), kind));
	}

	@Property(tries = 1000)
	void deadlinesAgreeWithTheMinuteByMinuteOracle(@ForAll("minuteInstants") Instant start,
			@ForAll("shortLimits") TimeLimit limit) {
		long minutes = calendar.length(limit, CalendarKind.WORKING).toMinutes();
		assertThat(calendar.deadline(start, limit, CalendarKind.WORKING))
			.isEqualTo(WorkingTimeOracle.deadline(start, minutes));
	}

	@Property(tries = 1000)
	void elapsedTimeAgreesWithTheMinuteByMinuteOracle(@ForAll("minuteInstants") Instant from,
			@ForAll @IntRange(max = 20 * 24 * 60) int minutes) {
		Instant to = from.plus(Duration.ofMinutes(minutes));
		assertThat(calendar.elapsed(from, to, CalendarKind.WORKING))
			.isEqualTo(Duration.ofMinutes(WorkingTimeOracle.elapsedMinutes(from, to)));
	}

	@Property(tries = 1000)
	void anyValidWorkingHoursKeepDeadlinesAndElapsedTimeConsistent(@ForAll("workingHours") List<String> hours,
			@ForAll("preciseInstants") Instant start, @ForAll("limits") TimeLimit limit,
			@ForAll @IntRange(min = 1, max = 50) int more) {
		CalendarSnapshot custom = OfficialCalendars.withHours(hours);
		Instant deadline = custom.deadline(start, limit, CalendarKind.WORKING);
		assertThat(custom.elapsed(start, deadline, CalendarKind.WORKING))
			.isEqualTo(custom.length(limit, CalendarKind.WORKING));
		assertThat(custom.deadline(deadline, new TimeLimit(more, limit.unit()), CalendarKind.WORKING))
			.isEqualTo(custom.deadline(start, new TimeLimit(limit.amount() + more, limit.unit()), CalendarKind.WORKING));
		if (limit.amount() > 0) {
			LocalTime time = deadline.atZone(OfficialCalendars.SHANGHAI).toLocalTime();
			assertThat(hours).as("deadline %s lies in a period, its end included", time)
				.anyMatch(period -> time.isAfter(LocalTime.parse(period.substring(0, 5)))
						&& !time.isAfter(LocalTime.parse(period.substring(6))));
		}
	}

	/** Whole-minute instants: across the three years, the Spring Festival, the 调休 weekends and period edges. */
	@Provide
	Arbitrary<Instant> minuteInstants() {
		Arbitrary<Instant> anyMinute = minutesFrom(FIRST, 3 * 366 * 24 * 60);
		Arbitrary<Instant> festival = minutesFrom(SPRING_FESTIVAL, 21 * 24 * 60);
		Arbitrary<Instant> adjustedWeekends = Arbitraries.of(adjustedWorkingDays())
			.flatMap(day -> minutesFrom(day.minusDays(1).atStartOfDay(), 3 * 24 * 60));
		Arbitrary<Instant> periodEdges = Combinators
			.combine(Arbitraries.integers().between(0, 3 * 366 - 1), Arbitraries.of(PERIOD_EDGES))
			.as((day, time) -> FIRST.toLocalDate().plusDays(day).atTime(time).atZone(OfficialCalendars.SHANGHAI)
				.toInstant());
		return Arbitraries.frequencyOf(Tuple.of(3, anyMinute), Tuple.of(3, festival), Tuple.of(2, adjustedWeekends),
				Tuple.of(2, periodEdges));
	}

	/** Like {@link #minuteInstants()}, a third of them moved by up to a minute to any nanosecond. */
	@Provide
	Arbitrary<Instant> preciseInstants() {
		return Arbitraries.oneOf(minuteInstants(), minuteInstants(), minuteInstants()
			.flatMap(minute -> Arbitraries.longs().between(0, 59_999_999_999L).map(minute::plusNanos)));
	}

	/** Limits up to 300 working days or 2,000 working hours, mostly small. */
	@Provide
	Arbitrary<TimeLimit> limits() {
		return Arbitraries.oneOf(mostlySmall(300).map(TimeLimit::workingDays),
				mostlySmall(2000).map(TimeLimit::workingHours));
	}

	/** Limits the minute-by-minute oracle walks quickly: up to 6 working days or 45 working hours. */
	@Provide
	Arbitrary<TimeLimit> shortLimits() {
		return Arbitraries.oneOf(Arbitraries.integers().between(0, 6).map(TimeLimit::workingDays),
				Arbitraries.integers().between(0, 45).map(TimeLimit::workingHours));
	}

	/** Valid working hours: one to four ordered periods, possibly touching, written HH:mm-HH:mm. */
	@Provide
	Arbitrary<List<String>> workingHours() {
		return Arbitraries.integers().between(0, 23 * 60 + 59).set().ofMinSize(2).ofMaxSize(8).map(edges -> {
			List<Integer> sorted = edges.stream().sorted().toList();
			List<String> periods = new ArrayList<>();
			for (int i = 0; i + 1 < sorted.size(); i += 2) {
				periods.add(hhmm(sorted.get(i)) + "-" + hhmm(sorted.get(i + 1)));
			}
			return periods;
		});
	}

	private static Arbitrary<Integer> mostlySmall(int max) {
		return Arbitraries.integers().between(0, max).withDistribution(RandomDistribution.biased());
	}

	private static Arbitrary<Instant> minutesFrom(LocalDateTime first, int minutes) {
		return Arbitraries.integers().between(0, minutes - 1)
			.map(minute -> first.plusMinutes(minute).atZone(OfficialCalendars.SHANGHAI).toInstant());
	}

	private static List<LocalDate> adjustedWorkingDays() {
		return OfficialCalendars.BUNDLED_DAYS.stream()
			.filter(day -> day.kind() == SpecialDay.Kind.WORKDAY)
			.map(SpecialDay::date)
			.toList();
	}

	private static String hhmm(int minuteOfDay) {
		return LocalTime.of(minuteOfDay / 60, minuteOfDay % 60).toString();
	}
}
