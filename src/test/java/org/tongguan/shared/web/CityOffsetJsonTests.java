package org.tongguan.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.tongguan.shared.PlatformProperties;

import tools.jackson.databind.json.JsonMapper;

/** Instants are written with the city's offset and read with any offset or {@code Z}. */
class CityOffsetJsonTests {

	private final JsonMapper shenzhen = mapper("Asia/Shanghai");

	@Test
	void anInstantIsWrittenWithTheCitysOffset() {
		assertThat(shenzhen.writeValueAsString(new Stamp(Instant.parse("2026-03-01T01:00:00Z"))))
			.isEqualTo("{\"at\":\"2026-03-01T09:00:00+08:00\"}");
		assertThat(shenzhen.writeValueAsString(new Stamp(Instant.parse("2026-03-01T01:00:00.250Z"))))
			.isEqualTo("{\"at\":\"2026-03-01T09:00:00.25+08:00\"}");
	}

	@Test
	void aZoneWithSummerTimeWritesTheOffsetInForceAtThatInstant() {
		JsonMapper berlin = mapper("Europe/Berlin");
		assertThat(berlin.writeValueAsString(new Stamp(Instant.parse("2026-01-15T12:00:00Z"))))
			.contains("2026-01-15T13:00:00+01:00");
		assertThat(berlin.writeValueAsString(new Stamp(Instant.parse("2026-07-15T12:00:00Z"))))
			.contains("2026-07-15T14:00:00+02:00");
		assertThat(mapper("UTC").writeValueAsString(new Stamp(Instant.parse("2026-07-15T12:00:00Z"))))
			.contains("2026-07-15T12:00:00Z");
	}

	@Test
	void inputsWithZOrAnOffsetReadAsTheSameInstant() {
		Instant expected = Instant.parse("2026-03-01T01:00:00Z");
		assertThat(shenzhen.readValue("{\"at\":\"2026-03-01T01:00:00Z\"}", Stamp.class).at()).isEqualTo(expected);
		assertThat(shenzhen.readValue("{\"at\":\"2026-03-01T09:00:00+08:00\"}", Stamp.class).at()).isEqualTo(expected);
		assertThat(shenzhen.readValue("{\"at\":\"2026-02-28T20:00:00-05:00\"}", Stamp.class).at()).isEqualTo(expected);
	}

	private static JsonMapper mapper(String zone) {
		PlatformProperties platform = new PlatformProperties(ZoneId.of(zone), false, null);
		return JsonMapper.builder().addModule(new CityOffsetJson().cityOffsetModule(platform)).build();
	}

	record Stamp(Instant at) {
	}
}
