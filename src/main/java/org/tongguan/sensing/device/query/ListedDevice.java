package org.tongguan.sensing.device.query;

import org.tongguan.sensing.device.Device;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * A device in a list: its registration (shown flat, as the device itself) and its state now.
 *
 * @param device the registered device
 * @param state online, offline or in alarm
 */
public record ListedDevice(@JsonUnwrapped Device device, DeviceState state) {
}
