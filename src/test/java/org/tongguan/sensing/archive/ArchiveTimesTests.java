package org.tongguan.sensing.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

/** The measuring times an archive may give: with offset, on the city clock, epoch milliseconds; no age limit. */
class ArchiveTimesTests {

	private static final Instant NOW = Instant.parse("2026-12-06T00:00:00Z");

	private final ArchiveTimes shanghai = new ArchiveTimes(ZoneId.of("Asia/Shanghai"), NOW, Duration.ofMinutes(5));

	@Test
	void readsOffsetsLocalCityTimesAndEpochMillisecondsAsTheSameInstant() {
		long expected = Instant.parse("2016-03-01T01:00:00Z").toEpochMilli();
		assertThat(shanghai.millis("2016-03-01T09:00:00+08:00")).isEqualTo(expected);
		assertThat(shanghai.millis("2016-03-01T01:00:00Z")).isEqualTo(expected);
		assertThat(shanghai.millis("2016-03-01 09:00:00")).isEqualTo(expected);
		assertThat(shanghai.millis("2016-03-01T09:00")).isEqualTo(expected);
		assertThat(shanghai.millis(" " + expected + " ")).isEqualTo(expected);
		assertThat(shanghai.millis("2016-03-01 09:00:00.250")).isEqualTo(expected + 250);
	}

	@Test
	void refusesTimesAheadOfTheClockNamingTheSettingButNotOldOnes() {
		assertThat(shanghai.millis("1990-01-01T00:00:00Z")).isEqualTo(Instant.parse("1990-01-01T00:00:00Z")
			.toEpochMilli());
		assertThatThrownBy(() -> shanghai.millis("2026-12-06T00:10:00Z")).isInstanceOf(DateTimeException.class)
			.hasMessageContaining("tongguan.sensing.telemetry.max-future-skew");
		assertThatThrownBy(() -> shanghai.millis("99999999999999999")).hasMessageContaining("epoch milliseconds");
	}

	@Test
	void namesWhatIsWrongWithATimeItCannotRead() {
		assertThatThrownBy(() -> shanghai.millis("yesterday")).hasMessageContaining("'yesterday' is not ISO-8601");
		assertThatThrownBy(() -> shanghai.millis("2016-02-30 09:00")).hasMessageContaining("is not ISO-8601");
		assertThatThrownBy(() -> shanghai.millis("")).hasMessageStartingWith("is required");
		ArchiveTimes berlin = new ArchiveTimes(ZoneId.of("Europe/Berlin"), NOW, Duration.ZERO);
		assertThatThrownBy(() -> berlin.millis("2025-03-30 02:30")).hasMessageContaining("daylight saving");
		assertThat(berlin.millis("2025-03-30 02:30+01:00")).isEqualTo(Instant.parse("2025-03-30T01:30:00Z")
			.toEpochMilli());
	}
}
