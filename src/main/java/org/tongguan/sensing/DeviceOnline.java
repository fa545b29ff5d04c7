package org.tongguan.sensing;

import java.time.Instant;

/** A device that was offline (or never seen) sent a message again (上线). */
public record DeviceOnline(DeviceCode device, Instant at) {
}
