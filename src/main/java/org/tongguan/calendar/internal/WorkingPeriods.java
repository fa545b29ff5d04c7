package org.tongguan.calendar.internal;

import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tongguan.shared.Violation;

/**
 * The working periods of a working day (上班时间), e.g. {@code 09:00-12:00} and {@code 14:00-18:00}: ordered,
 * non-overlapping, non-empty, read on the city's wall clock; all arithmetic inside one day is in nanoseconds.
 */
public final class WorkingPeriods {

	private static final Pattern PERIOD = Pattern.compile("\\s*(\\d{2}:\\d{2})\\s*-\\s*(\\d{2}:\\d{2})\\s*");

	private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

	private final long[] starts;

	private final long[] ends;

	/** Working nanoseconds of the day before period {@code i} starts; the last entry is the whole day's. */
	private final long[] workedBefore;

	private WorkingPeriods(long[] starts, long[] ends) {
		this.starts = starts;
		this.ends = ends;
		this.workedBefore = new long[starts.length + 1];
		for (int i = 0; i < starts.length; i++) {
			workedBefore[i + 1] = workedBefore[i] + ends[i] - starts[i];
		}
	}

	/**
	 * Reads periods written {@code HH:mm-HH:mm}.
	 * @throws IllegalArgumentException naming every malformed, empty, unordered or overlapping period
	 */
	public static WorkingPeriods parse(List<String> periods) {
		List<Violation> violations = validate(periods);
		if (!violations.isEmpty()) {
			throw new IllegalArgumentException("Invalid working hours " + periods + ": " + violations.stream()
				.map(violation -> violation.field() + " " + violation.message())
				.toList());
		}
		long[] starts = new long[periods.size()];
		long[] ends = new long[periods.size()];
		for (int i = 0; i < periods.size(); i++) {
			Matcher matcher = PERIOD.matcher(periods.get(i));
			matcher.matches();
			starts[i] = LocalTime.parse(matcher.group(1), HH_MM).toNanoOfDay();
			ends[i] = LocalTime.parse(matcher.group(2), HH_MM).toNanoOfDay();
		}
		return new WorkingPeriods(starts, ends);
	}

	/** What is wrong with the given periods, empty when they are valid. */
	public static List<Violation> validate(List<String> periods) {
		List<Violation> violations = new ArrayList<>();
		if (periods == null || periods.isEmpty()) {
			violations.add(new Violation("working-hours", "at least one working period is needed"));
			return violations;
		}
		LocalTime previousEnd = null;
		for (int i = 0; i < periods.size(); i++) {
			String field = "working-hours[" + i + "]";
			Matcher matcher = PERIOD.matcher(periods.get(i) == null ? "" : periods.get(i));
			if (!matcher.matches()) {
				violations.add(new Violation(field, "'" + periods.get(i) + "' is not a period HH:mm-HH:mm"));
				continue;
			}
			try {
				LocalTime start = LocalTime.parse(matcher.group(1), HH_MM);
				LocalTime end = LocalTime.parse(matcher.group(2), HH_MM);
				if (!start.isBefore(end)) {
					violations.add(new Violation(field, "a period must end after it starts (no periods over midnight)"));
				}
				else if (previousEnd != null && start.isBefore(previousEnd)) {
					violations.add(new Violation(field, "periods must be in order and must not overlap"));
				}
				previousEnd = end;
			}
			catch (DateTimeParseException e) {
				violations.add(new Violation(field, "'" + periods.get(i) + "' is not a time of day 00:00 to 23:59"));
			}
		}
		return violations;
	}

	/** The working time of one whole working day, e.g. 7 hours. */
	public Duration perDay() {
		return Duration.ofNanos(dayNanos());
	}

	long dayNanos() {
		return workedBefore[starts.length];
	}

	/** Working nanoseconds of a working day before the given wall-clock nanosecond of the day. */
	long workedBefore(long nanoOfDay) {
		for (int i = 0; i < starts.length; i++) {
			if (nanoOfDay <= starts[i]) {
				return workedBefore[i];
			}
			if (nanoOfDay < ends[i]) {
				return workedBefore[i] + nanoOfDay - starts[i];
			}
		}
		return dayNanos();
	}

	/** The earliest wall-clock nanosecond of the day by which {@code worked} (0 &lt; worked ≤ a day) has been worked. */
	long reachedAt(long worked) {
		int i = 0;
		while (worked > workedBefore[i + 1]) {
			i++;
		}
		return starts[i] + worked - workedBefore[i];
	}

	/** The periods as written in the setting, e.g. {@code [09:00-12:00, 14:00-18:00]}. */
	public List<String> asText() {
		List<String> text = new ArrayList<>();
		for (int i = 0; i < starts.length; i++) {
			text.add(LocalTime.ofNanoOfDay(starts[i]).format(HH_MM) + "-" + LocalTime.ofNanoOfDay(ends[i]).format(HH_MM));
		}
		return text;
	}

	@Override
	public String toString() {
		return asText().toString();
	}
}
