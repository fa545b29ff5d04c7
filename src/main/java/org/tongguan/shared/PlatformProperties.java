package org.tongguan.shared;

import java.nio.file.Path;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Platform-wide settings.
 *
 * @param zone the city's time zone; working hours and calendar days are read in it
 * @param demo whether an empty database is filled with the demo city, its departments, users and catalogue
 * @param dataDir where the embedded database and stored files live
 */
@ConfigurationProperties("tongguan")
public record PlatformProperties(@DefaultValue("Asia/Shanghai") ZoneId zone, @DefaultValue("true") boolean demo,
		@DefaultValue("./data") Path dataDir) {
}
