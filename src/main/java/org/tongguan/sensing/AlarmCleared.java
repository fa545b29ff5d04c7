package org.tongguan.sensing;

import java.time.Instant;

/** An alarm cleared: the value came back past the clear threshold, the device reported again, or a user cleared it. */
public record AlarmCleared(AlarmId alarm, DeviceCode device, Instant clearedAt, String description) {
}
