package org.tongguan.sensing;

import java.time.Instant;

/**
 * An active alarm changed its warning level (up or down) at {@code at}, when the reading behind it was measured;
 * {@code openCase} is set when the new level reaches the
 * rule's case level for the first time.
 */
public record AlarmEscalated(AlarmId alarm, DeviceCode device, WarningLevel from, WarningLevel to, Instant at,
		AlarmCase openCase) {
}
