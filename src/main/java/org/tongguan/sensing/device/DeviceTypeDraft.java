package org.tongguan.sensing.device;

import java.util.List;

/**
 * A device type as an administrator defines it (设备类型).
 *
 * @param code lower-case letters, digits and '-', e.g. {@code water-level}; fixed once created
 * @param name what users call it, e.g. 积水监测仪
 * @param metrics the quantities its devices report, in display order
 * @param inactivityTimeoutSeconds how long a device may stay silent before it counts as offline; 0 = not monitored
 * @param camera whether its devices are cameras with a stream URL
 */
public record DeviceTypeDraft(String code, String name, List<Metric> metrics, Long inactivityTimeoutSeconds,
		Boolean camera) {

	/**
	 * A metric of the type.
	 *
	 * @param name its name in payloads, e.g. {@code waterLevel}
	 * @param label what users call it, e.g. 积水深度
	 * @param unit its unit, e.g. {@code m}
	 * @param min the lowest value a working sensor reports (none when absent)
	 * @param max the highest value a working sensor reports (none when absent)
	 */
	public record Metric(String name, String label, String unit, Double min, Double max) {
	}
}
