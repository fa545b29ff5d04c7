package org.tongguan.sensing;

import java.time.Instant;

/**
 * An active alarm's warning level went up (升级) at {@code at}, when the reading behind it was measured;
 * {@code openCase} is set when the new level reaches the rule's case level for the first time. A level going down is
 * {@link AlarmDeescalated}.
 */
public record AlarmEscalated(AlarmId alarm, DeviceCode device, WarningLevel from, WarningLevel to, Instant at,
		AlarmCase openCase) {
}
