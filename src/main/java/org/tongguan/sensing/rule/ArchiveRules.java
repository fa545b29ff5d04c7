package org.tongguan.sensing.rule;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Component;
import org.tongguan.sensing.WarningLevel;
import org.tongguan.sensing.device.RegisteredDevice;
import org.tongguan.sensing.ingest.Reading;

/**
 * Applies the current rules to an archive of one device's readings in time order, each reading's measuring time
 * standing for "now": threshold and rate rules as for live readings (sustained durations and hysteresis by the
 * readings' times), no-data rules on the gaps between consecutive readings (a gap of at least the rule's duration
 * raises at the last reading before it plus that duration and clears at the reading that ends it). The replay starts
 * with no alarm and leaves the live rule engine alone.
 */
@Component
public class ArchiveRules {

	private final RuleBooks books;

	ArchiveRules(RuleBooks books) {
		this.books = books;
	}

	/** The level changes the readings imply, in time order; the readings are the device's, oldest first. */
	public List<LevelChange> replay(RegisteredDevice device, List<Reading> readings) {
		RuleCheck[] checks = books.current().checksFor(device);
		RuleState[] states = new RuleState[checks.length];
		long[] lastSeen = new long[checks.length];
		Arrays.fill(lastSeen, RuleState.NEVER);
		for (int i = 0; i < checks.length; i++) {
			states[i] = new RuleState(null, 0);
		}
		List<LevelChange> changes = new ArrayList<>();
		for (Reading reading : readings) {
			long at = reading.measuredAt().toEpochMilli();
			for (int i = 0; i < checks.length; i++) {
				RuleCheck check = checks[i];
				if (check.kind == RuleKind.NO_DATA) {
					if (check.watches(reading.values())) {
						gap(device, check, lastSeen[i], reading.measuredAt(), changes);
						lastSeen[i] = at;
					}
					continue;
				}
				RuleState state = states[i];
				WarningLevel next = state.observe(check, reading.values(), at);
				if (next != state.level) {
					changes.add(new LevelChange(device, check.id, check.rule, state.level, next, state.observed,
							reading.measuredAt(), null));
					state.level = next;
				}
			}
		}
		return changes;
	}

	/** A no-data alarm for the gap before a reading, when it is long enough: raised in the gap, cleared by the reading. */
	private static void gap(RegisteredDevice device, RuleCheck check, long last, Instant reading,
			List<LevelChange> changes) {
		if (last == RuleState.NEVER || reading.toEpochMilli() - last < check.noDataMillis) {
			return;
		}
		WarningLevel level = check.rule.level();
		changes.add(new LevelChange(device, check.id, check.rule, null, level, check.noDataMillis / 60_000.0,
				Instant.ofEpochMilli(last + check.noDataMillis), null));
		changes.add(new LevelChange(device, check.id, check.rule, level, null, Double.NaN, reading, null));
	}
}
