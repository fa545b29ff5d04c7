package org.tongguan.identity.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Converts instants to the {@code TIMESTAMP WITH TIME ZONE} values both H2 and PostgreSQL bind and read. */
public final class Timestamps {

	private Timestamps() {
	}

	public static OffsetDateTime of(Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}

	public static Instant instant(OffsetDateTime value) {
		return value == null ? null : value.toInstant();
	}
}
