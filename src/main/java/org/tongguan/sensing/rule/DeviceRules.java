package org.tongguan.sensing.rule;

import java.time.Instant;
import java.util.Map;

import org.tongguan.sensing.RuleId;
import org.tongguan.sensing.WarningLevel;
import org.tongguan.sensing.device.DeviceId;
import org.tongguan.sensing.device.RegisteredDevice;
import org.tongguan.sensing.ingest.Reading;

/**
 * The rules of one device with their states: evaluated under this object's own lock, so devices never wait for each
 * other. Values are evaluated in measuring order: a reading measured before one already evaluated (it came late, e.g.
 * over another connection of a shared subscription) only counts as data for no-data rules. Rebinds itself when the
 * rule book or the device's registration changes, keeping the state of every rule that still applies and clearing
 * the alarms of rules that no longer do.
 */
final class DeviceRules {

	private static final RuleCheck[] NO_CHECKS = new RuleCheck[0];

	private static final RuleState[] NO_STATES = new RuleState[0];

	private RegisteredDevice device;

	private RuleBook book;

	private RuleCheck[] checks = NO_CHECKS;

	private RuleState[] states = NO_STATES;

	private long latestMeasured = Long.MIN_VALUE;

	/** Evaluates every rule of the device on a reading and hands on the level changes. */
	synchronized void onReading(Reading reading, RuleBook current, Stored stored, LevelChanges out) {
		long received = reading.receivedAt().toEpochMilli();
		bind(current, reading.device(), received, stored, out);
		long at = reading.measuredAt().toEpochMilli();
		boolean late = at < latestMeasured;
		latestMeasured = Math.max(latestMeasured, at);
		Map<String, Double> values = reading.values();
		for (int i = 0; i < checks.length; i++) {
			RuleCheck check = checks[i];
			RuleState state = states[i];
			WarningLevel next;
			if (check.kind == RuleKind.NO_DATA) {
				if (!check.watches(values)) {
					continue;
				}
				next = state.seen(received);
			}
			else if (late) {
				continue;
			}
			else {
				next = state.observe(check, values, at);
			}
			if (next != state.level) {
				double value = check.kind == RuleKind.NO_DATA ? Double.NaN : state.observed;
				out.submit(new LevelChange(device, check.id, check.rule, state.level, next, value,
						reading.measuredAt(), null));
				state.level = next;
			}
		}
	}

	/** Raises the no-data alarms due at this time (and rebinds, so withdrawn rules clear without readings). */
	synchronized void checkSilence(RegisteredDevice registered, long now, RuleBook current, Stored stored,
			LevelChanges out) {
		bind(current, registered, now, stored, out);
		for (int i = 0; i < checks.length; i++) {
			RuleCheck check = checks[i];
			RuleState state = states[i];
			if (check.kind != RuleKind.NO_DATA) {
				continue;
			}
			WarningLevel next = state.silentSince(check, now);
			if (next != state.level) {
				double minutes = (now - state.lastSeen()) / 60_000.0;
				out.submit(new LevelChange(device, check.id, check.rule, state.level, next, minutes,
						Instant.ofEpochMilli(now), null));
				state.level = next;
			}
		}
	}

	/** Rebinds to the current rules, clearing the alarms of rules that no longer apply. */
	synchronized void refresh(RuleBook current, long now, Stored stored, LevelChanges out) {
		if (device != null) {
			bind(current, device, now, stored, out);
		}
	}

	/** Forgets the active alarm of a rule that a user cleared; it stays quiet until the value is normal again. */
	synchronized boolean silence(RuleId ruleId) {
		for (int i = 0; i < checks.length; i++) {
			if (checks[i].id.equals(ruleId)) {
				states[i].level = null;
				states[i].silenced = true;
				return true;
			}
		}
		return false;
	}

	/**
	 * Takes on an active alarm of the rule (from a sensor archive) unless one is kept already; false while the rules
	 * were never bound, so the caller hands it over with the stored levels instead.
	 */
	synchronized boolean adopt(RuleId ruleId, WarningLevel level) {
		if (book == null) {
			return false;
		}
		int index = indexOf(checks, ruleId);
		if (index >= 0 && states[index].level == null) {
			states[index].level = level;
			states[index].silenced = false;
		}
		return true;
	}

	private void bind(RuleBook current, RegisteredDevice registered, long now, Stored stored, LevelChanges out) {
		if (book == current && device == registered) {
			return;
		}
		Map<RuleId, WarningLevel> active = book == null ? stored.take(registered.id()) : Map.of();
		RuleCheck[] next = current.checksFor(registered);
		RuleState[] nextStates = new RuleState[next.length];
		for (int i = 0; i < next.length; i++) {
			RuleState kept = stateOf(next[i].id);
			nextStates[i] = kept != null ? kept : new RuleState(active.isEmpty() ? null : active.remove(next[i].id), now);
		}
		for (int i = 0; i < checks.length; i++) {
			if (states[i].level != null && indexOf(next, checks[i].id) < 0) {
				withdraw(registered, checks[i].id, states[i].level, now, out);
			}
		}
		active.forEach((rule, level) -> withdraw(registered, rule, level, now, out));
		device = registered;
		book = current;
		checks = next;
		states = nextStates;
	}

	private RuleState stateOf(RuleId ruleId) {
		int index = indexOf(checks, ruleId);
		return index < 0 ? null : states[index];
	}

	private static int indexOf(RuleCheck[] checks, RuleId ruleId) {
		for (int i = 0; i < checks.length; i++) {
			if (checks[i].id.equals(ruleId)) {
				return i;
			}
		}
		return -1;
	}

	private static void withdraw(RegisteredDevice device, RuleId rule, WarningLevel level, long now,
			LevelChanges out) {
		out.submit(new LevelChange(device, rule, null, level, null, Double.NaN, Instant.ofEpochMilli(now),
				"规则已删除、停用或不再适用于该设备"));
	}

	/** The alarm levels stored before this node started, handed to each device once when it is first bound. */
	interface Stored {

		/** Removes and answers the device's stored levels by rule id (a mutable map, empty for none). */
		Map<RuleId, WarningLevel> take(DeviceId deviceId);
	}
}
