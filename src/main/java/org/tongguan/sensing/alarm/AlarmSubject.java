package org.tongguan.sensing.alarm;

import org.tongguan.sensing.RuleId;
import org.tongguan.sensing.device.DeviceId;

/**
 * Which device and rule an alarm is about, as they were when it was raised.
 *
 * @param deviceId the device's id
 * @param deviceCode the device's code
 * @param deviceName the device's name
 * @param deviceType the device's type code
 * @param ruleId the rule's id
 * @param ruleName the rule's name
 * @param metric the metric the rule watches, {@code null} for offline and any-data rules
 */
public record AlarmSubject(DeviceId deviceId, String deviceCode, String deviceName, String deviceType, RuleId ruleId,
		String ruleName, String metric) {

	/** The key that makes an alarm the only active one of its device and rule. */
	public String activeKey() {
		return activeKey(deviceId, ruleId);
	}

	/** The active key of a device and rule. */
	public static String activeKey(DeviceId deviceId, RuleId ruleId) {
		return deviceId + ":" + ruleId;
	}
}
