package org.tongguan.casework.timeline;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;
import org.tongguan.shared.PlatformProperties;

/** Writes times for timeline notes, on the city's wall clock. */
@Component
public class TimeFormat {

	private final DateTimeFormatter formatter;

	TimeFormat(PlatformProperties platform) {
		this.formatter = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(platform.zone());
	}

	/** E.g. {@code 2026-11-23 14:30}. */
	public String instant(Instant instant) {
		return instant == null ? "—" : formatter.format(instant);
	}
}
