package org.tongguan.casework.history.row;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

/** Reading the date-times of history files on the city's clock or with an offset. */
class TimeTextTests {

	private final TimeText times = new TimeText(ZoneId.of("Asia/Shanghai"));

	@Test
	void readsWallClockTimesInTheCityZone() {
		Instant nineAm = Instant.parse("2025-03-05T01:30:00Z");
		assertThat(times.parse("2025-03-05 09:30")).isEqualTo(nineAm);
		assertThat(times.parse("2025-03-05T09:30:00")).isEqualTo(nineAm);
		assertThat(times.parse("2025/3/5 9:30")).isEqualTo(nineAm);
		assertThat(times.parse("2025-03-05 09:30:15.25")).isEqualTo(Instant.parse("2025-03-05T01:30:15.250Z"));
	}

	@Test
	void readsOffsets() {
		assertThat(times.parse("2025-03-05T09:30:00Z")).isEqualTo(Instant.parse("2025-03-05T09:30:00Z"));
		assertThat(times.parse("2025-03-05 09:30+08:00")).isEqualTo(Instant.parse("2025-03-05T01:30:00Z"));
		assertThat(times.parse("2025-03-05 09:30:00-0500")).isEqualTo(Instant.parse("2025-03-05T14:30:00Z"));
		assertThat(times.parse("2025-03-05 09:30:00+08")).isEqualTo(Instant.parse("2025-03-05T01:30:00Z"));
	}

	@Test
	void refusesWhatIsNoDateTime() {
		for (String bad : new String[] { "2025-02-30 09:00", "2025-13-01 09:00", "2025-03-05", "2025-03-05 25:00",
				"2025-03-05 09:61", "05/03/2025 09:00", "2025-03-05 09:30 tomorrow", "2025-03/05 09:30", "yesterday",
				"2025-03-05 09:30+19:00", "" }) {
			assertThat(times.parse(bad)).as(bad).isNull();
		}
	}
}
