package org.tongguan.support;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** How the platform answers an instant in JSON: with the test city's offset (Shenzhen, {@code +08:00}). */
public final class CityTime {

	private static final ZoneId SHENZHEN = ZoneId.of("Asia/Shanghai");

	private CityTime() {
	}

	/** The instant as a JSON answer writes it, e.g. {@code 2026-11-23T18:00:00+08:00}. */
	public static String of(Instant instant) {
		return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(SHENZHEN));
	}
}
