package org.tongguan.sensing.archive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the sensor archive import (历史档案导入).
 *
 * @param maxReadings the most readings (lines) one import may carry; they are held in memory until all are valid
 * @param maxErrors the most problems one refusal lists (it always says how many there are)
 */
@ConfigurationProperties("tongguan.sensing.archive")
public record ArchiveProperties(@DefaultValue("1000000") int maxReadings, @DefaultValue("1000") int maxErrors) {

	public ArchiveProperties {
		if (maxReadings < 1 || maxErrors < 1) {
			throw new IllegalArgumentException("tongguan.sensing.archive: max-readings and max-errors must be positive");
		}
	}
}
