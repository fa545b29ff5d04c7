package org.tongguan.sensing;

import java.time.Instant;

/**
 * An alarm cleared at {@code clearedAt}: the value came back past the clear threshold or the device reported again
 * (when that reading was measured), or a user cleared it (when the user did).
 */
public record AlarmCleared(AlarmId alarm, DeviceCode device, Instant clearedAt, String description) {
}
