package org.tongguan.sensing;

import java.time.Instant;

/**
 * An alarm became active on a device at {@code raisedAt}, when the reading that raised it was measured;
 * {@code openCase} is set when its level reaches the rule's case level.
 */
public record AlarmRaised(AlarmId alarm, DeviceCode device, RuleId rule, WarningLevel level, Instant raisedAt,
		AlarmCase openCase) {
}
