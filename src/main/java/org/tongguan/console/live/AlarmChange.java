package org.tongguan.console.live;

import java.time.Instant;

/**
 * An alarm as the live stream shows it (event {@code alarm}).
 *
 * @param change RAISED, ESCALATED (its level changed, up or down) or CLEARED
 * @param id the alarm id
 * @param level its warning level now (BLUE, YELLOW, ORANGE, RED), {@code null} when cleared
 * @param device the device's code
 * @param deviceName the device's name
 * @param deviceType the device type's code
 * @param deviceTypeName the device type's name
 * @param longitude the device's longitude
 * @param latitude the device's latitude
 * @param grid the unit grid the device stands in, may be {@code null}
 * @param at when it happened
 * @param description for a cleared alarm, why it cleared
 */
record AlarmChange(String change, long id, String level, String device, String deviceName, String deviceType,
		String deviceTypeName, Double longitude, Double latitude, String grid, Instant at, String description) {
}
