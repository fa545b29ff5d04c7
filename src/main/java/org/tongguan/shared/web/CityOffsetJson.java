package org.tongguan.shared.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tongguan.shared.PlatformProperties;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Writes every {@link Instant} in a JSON answer as a date-time with the city's offset ({@code tongguan.zone}, e.g.
 * {@code 2026-03-01T09:00:00+08:00} for Shenzhen) rather than in UTC with {@code Z}, so that people read the city's
 * clock; the same instant either way. Inputs keep accepting both {@code Z} and any offset (Jackson's own reading).
 */
@Configuration(proxyBeanMethods = false)
class CityOffsetJson {

	@Bean
	JacksonModule cityOffsetModule(PlatformProperties platform) {
		return new SimpleModule("city-offset").addSerializer(Instant.class, new OffsetInstants(platform.zone()));
	}

	/** An instant as an ISO-8601 date-time with the offset the zone has at that instant. */
	static final class OffsetInstants extends StdSerializer<Instant> {

		private final ZoneId zone;

		OffsetInstants(ZoneId zone) {
			super(Instant.class);
			this.zone = zone;
		}

		@Override
		public void serialize(Instant value, JsonGenerator generator, SerializationContext context) {
			generator.writeString(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(OffsetDateTime.ofInstant(value, zone)));
		}
	}
}
