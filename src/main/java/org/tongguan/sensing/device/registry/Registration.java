package org.tongguan.sensing.device.registry;

import org.tongguan.sensing.device.Device;

/** A newly registered device and its secret, which this answer shows for the only time. */
public record Registration(Device device, String secret) {
}
