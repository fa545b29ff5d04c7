package org.tongguan.sensing.device;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the device registry.
 *
 * @param demoSecret the secret of every demo device (demo only, like the demo users' password)
 * @param demoScale how many demo devices to generate relative to the standard set of about 3,000 (e.g. 3.4 for about
 * 10,000 in a benchmark); only with {@code tongguan.demo} on and an empty registry
 * @param maxImportRows the most data rows one CSV import may have
 * @param maxPageSize the most devices one page of a list may hold
 * @param maxCameraRadiusM the widest radius (metres) a "cameras around" query may ask for
 */
@ConfigurationProperties("tongguan.sensing.devices")
public record DevicesProperties(@DefaultValue("tongguan-demo") String demoSecret, @DefaultValue("1") double demoScale,
		@DefaultValue("20000") int maxImportRows, @DefaultValue("200") int maxPageSize,
		@DefaultValue("5000") double maxCameraRadiusM) {

	public DevicesProperties {
		if (demoSecret == null || demoSecret.isBlank() || demoScale < 0 || maxImportRows < 1 || maxPageSize < 1
				|| maxCameraRadiusM <= 0) {
			throw new IllegalArgumentException("tongguan.sensing.devices: the demo secret must not be blank, the demo "
					+ "scale not negative, and the import, page and radius limits must be positive");
		}
	}
}
