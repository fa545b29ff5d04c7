package org.tongguan.identity.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Converts instants to the {@code TIMESTAMP WITH TIME ZONE} values both H2 and PostgreSQL bind and read. */
final class Timestamps {

	private Timestamps() {
	}

	static OffsetDateTime of(Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}

	static Instant instant(OffsetDateTime value) {
		return value == null ? null : value.toInstant();
	}
}
