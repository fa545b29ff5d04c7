package org.tongguan.sensing;

import java.time.Instant;

/** A device stayed silent longer than its type's inactivity timeout (离线). */
public record DeviceOffline(DeviceCode device, Instant lastSeen, Instant detectedAt) {
}
