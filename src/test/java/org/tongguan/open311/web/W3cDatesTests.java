package org.tongguan.open311.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

/** W3C dates with offsets in the city's zone, and what clients may send. */
class W3cDatesTests {

	private final W3cDates dates = new W3cDates(ZoneId.of("Asia/Shanghai"));

	@Test
	void writesInstantsInTheCityZoneWithTheOffsetToTheSecond() {
		assertThat(dates.format(Instant.parse("2026-11-21T01:30:15.987Z"))).isEqualTo("2026-11-21T09:30:15+08:00");
		assertThat(dates.format(null)).isNull();
		assertThat(new W3cDates(ZoneId.of("UTC")).format(Instant.parse("2010-01-01T00:00:00Z")))
			.isEqualTo("2010-01-01T00:00:00Z");
	}

	@Test
	void readsDateTimesWithAZoneAndCompleteDates() {
		assertThat(dates.parse("start_date", "2010-01-01T00:00:00Z")).isEqualTo(Instant.parse("2010-01-01T00:00:00Z"));
		assertThat(dates.parse("start_date", "1994-11-05T08:15:30-05:00"))
			.isEqualTo(Instant.parse("1994-11-05T13:15:30Z"));
		assertThat(dates.parse("start_date", "2026-11-21T08:00+08:00"))
			.isEqualTo(Instant.parse("2026-11-21T00:00:00Z"));
		assertThat(dates.parse("start_date", "2026-11-21")).isEqualTo(Instant.parse("2026-11-20T16:00:00Z"));
	}

	@Test
	void readsAnOffsetWhosePlusArrivedAsASpace() {
		assertThat(dates.parse("end_date", "2026-11-21T08:00:00 08:00"))
			.isEqualTo(Instant.parse("2026-11-21T00:00:00Z"));
	}

	@Test
	void rejectsDatesWithoutAZoneOrThatAreNoDates() {
		for (String bad : new String[] { "2026-11-21T08:00:00", "yesterday", "2026-13-01", "21/11/2026" }) {
			assertThatThrownBy(() -> dates.parse("start_date", bad)).isInstanceOfSatisfying(Open311Exception.class,
					e -> assertThat(e.descriptions()).singleElement()
						.asString()
						.startsWith("start_date '" + bad + "'"));
		}
	}
}
