package org.tongguan.sensing.device;

import java.time.LocalDate;

/**
 * A device as an administrator registers or edits it (设备登记); the grid, community, street and district follow
 * from the point. The code cannot change once registered.
 *
 * @param code the device code, also its MQTT user name (1–64 letters, digits, '-' or '_')
 * @param name what people call it, e.g. 深南大道积水点 1 号
 * @param type the code of its device type
 * @param longitude where it is installed (WGS-84 style degrees); must lie in the city
 * @param latitude where it is installed
 * @param owner the code of the department that owns and maintains it (权属部门)
 * @param installedOn when it was installed (optional)
 * @param installer who installed it (optional)
 * @param address where it is, in words (optional)
 * @param note anything else (optional)
 * @param streamUrl for cameras only: the video stream (http, https or rtsp)
 * @param status ACTIVE when not given
 */
public record DeviceDraft(String code, String name, String type, Double longitude, Double latitude, String owner,
		LocalDate installedOn, String installer, String address, String note, String streamUrl,
		DeviceStatus status) {
}
