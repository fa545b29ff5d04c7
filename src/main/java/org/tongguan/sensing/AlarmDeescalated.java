package org.tongguan.sensing;

import java.time.Instant;

/**
 * An active alarm's warning level went down (降级) at {@code at}, when the reading behind it was measured; it stays
 * active. Never asks for a case (only a rising level does, {@link AlarmEscalated}); published for the live views.
 */
public record AlarmDeescalated(AlarmId alarm, DeviceCode device, WarningLevel from, WarningLevel to, Instant at) {
}
