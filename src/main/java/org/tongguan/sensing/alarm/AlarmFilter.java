package org.tongguan.sensing.alarm;

import java.time.Instant;
import java.util.Set;

import org.tongguan.region.RegionCode;
import org.tongguan.sensing.WarningLevel;

/**
 * Which alarms to list; every part may be empty or {@code null} for any.
 *
 * @param states in these states
 * @param levels at these levels
 * @param device of this device code
 * @param deviceType of devices of this type
 * @param region in this region's subtree
 * @param from raised at or after
 * @param to raised before
 * @param page the page, from 0
 * @param size the page size (1–200)
 */
public record AlarmFilter(Set<AlarmState> states, Set<WarningLevel> levels, String device, String deviceType,
		RegionCode region, Instant from, Instant to, int page, int size) {

	public AlarmFilter {
		states = states == null ? Set.of() : Set.copyOf(states);
		levels = levels == null ? Set.of() : Set.copyOf(levels);
	}
}
