package org.tongguan.sensing.rule;

import java.util.Arrays;
import java.util.Map;

import org.tongguan.sensing.WarningLevel;

/**
 * What one rule remembers about one device between readings: the active alarm's level, since when each level's
 * condition holds (for sustained durations), the last value and time (for rates) and the last reading (for no-data).
 * Only touched under the lock of the device's {@link DeviceRules}.
 */
final class RuleState {

	static final long NEVER = Long.MIN_VALUE;

	/** The level of the active alarm, {@code null} when none is active. */
	WarningLevel level;

	/** Cleared by a user: no alarm until the value has come back to normal (or data arrived, for NO_DATA). */
	boolean silenced;

	/** The value (or rate per minute) last evaluated, for the description of a level change. */
	double observed = Double.NaN;

	private final long[] since = new long[WarningLevel.values().length];

	private double lastValue;

	private long lastAt = NEVER;

	private long lastSeen;

	RuleState(WarningLevel level, long now) {
		this.level = level;
		this.lastSeen = now;
		Arrays.fill(since, NEVER);
	}

	/** The level after a reading, for THRESHOLD and RATE rules; {@link #level} is left to the caller. */
	WarningLevel observe(RuleCheck check, Map<String, Double> values, long at) {
		double value = ReadingValues.of(values, check.metric);
		if (Double.isNaN(value)) {
			return level;
		}
		if (check.kind == RuleKind.RATE) {
			if (lastAt != NEVER && at <= lastAt) {
				return level;
			}
			boolean first = lastAt == NEVER;
			double rate = first ? 0 : (value - lastValue) * 60_000.0 / (at - lastAt);
			lastValue = value;
			lastAt = at;
			if (first) {
				return level;
			}
			value = check.rule.absolute() ? Math.abs(rate) : rate;
		}
		return evaluate(check, value, at);
	}

	/** The level for a value (or rate) observed at a time, with sustained durations and hysteresis. */
	WarningLevel evaluate(RuleCheck check, double value, long at) {
		observed = value;
		WarningLevel matched = null;
		WarningLevel holding = null;
		for (int i = 0; i < since.length; i++) {
			if (check.holds(value, i)) {
				holding = RuleCheck.level(i);
				if (since[i] == NEVER) {
					since[i] = at;
				}
				if (at - since[i] >= check.sustainMillis) {
					matched = holding;
				}
			}
			else {
				since[i] = NEVER;
			}
		}
		if (silenced) {
			silenced = !check.clears(value, holding);
			return null;
		}
		if (level == null) {
			return matched;
		}
		if (check.clears(value, holding)) {
			return null;
		}
		if (matched != null && matched.compareTo(level) > 0) {
			return matched;
		}
		if (holding == null) {
			return check.lowest;
		}
		return holding.compareTo(level) < 0 ? holding : level;
	}

	/** Notes data for a NO_DATA rule; answers the level after it (an active no-data alarm clears). */
	WarningLevel seen(long at) {
		if (at > lastSeen) {
			lastSeen = at;
		}
		silenced = false;
		return null;
	}

	/** The level of a NO_DATA rule at this time. */
	WarningLevel silentSince(RuleCheck check, long now) {
		if (level == null && !silenced && now - lastSeen >= check.noDataMillis) {
			return check.rule.level();
		}
		return level;
	}

	long lastSeen() {
		return lastSeen;
	}
}
