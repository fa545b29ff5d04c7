package org.tongguan.sensing.device.query;

import org.tongguan.sensing.device.DeviceStatus;

/**
 * What a device list asks for; every criterion is optional and the caller's data scope always applies.
 *
 * @param type a device type code
 * @param status a status
 * @param state online, offline or in alarm
 * @param region a district, street, community or grid code: devices anywhere below it
 * @param owner the owning department's code
 * @param text part of the code, name or address (any case)
 * @param page the page, from 0
 * @param size how many devices a page holds
 */
public record DeviceFilter(String type, DeviceStatus status, DeviceState state, String region, String owner,
		String text, int page, int size) {
}
