package org.tongguan.shared;

/**
 * A time limit (时限) as the catalogue states it, e.g. 5 working hours or 15 working days.
 *
 * <p>How long a limit lasts in real time depends on the calendar it is measured with: a working calendar counts only
 * working hours on working days, a 24×7 calendar counts every hour.
 *
 * @param amount how many units, never negative
 * @param unit working hours or working days
 */
public record TimeLimit(int amount, Unit unit) {

	/** The unit a limit is stated in. */
	public enum Unit {
		/** 工作时 — hours inside working hours. */
		WORKING_HOURS,
		/** 工作日 — whole working days (each as long as the working hours of one day). */
		WORKING_DAYS
	}

	public TimeLimit {
		if (amount < 0) {
			throw new IllegalArgumentException("A time limit cannot be negative: " + amount);
		}
		if (unit == null) {
			throw new IllegalArgumentException("A time limit needs a unit (WORKING_HOURS or WORKING_DAYS)");
		}
	}

	public static TimeLimit workingHours(int amount) {
		return new TimeLimit(amount, Unit.WORKING_HOURS);
	}

	public static TimeLimit workingDays(int amount) {
		return new TimeLimit(amount, Unit.WORKING_DAYS);
	}
}
