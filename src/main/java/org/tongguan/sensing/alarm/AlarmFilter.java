package org.tongguan.sensing.alarm;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.tongguan.region.RegionCode;
import org.tongguan.sensing.WarningLevel;

/**
 * Which alarms to list; every part may be empty or {@code null} for any, and {@code null} elements of the sets (a blank
 * one in {@code ?level=,}) mean none.
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
		states = states == null ? Set.of() : present(states);
		levels = levels == null ? Set.of() : present(levels);
	}

	private static <T> Set<T> present(Set<T> values) {
		return values.stream().filter(Objects::nonNull).collect(Collectors.toUnmodifiableSet());
	}
}
