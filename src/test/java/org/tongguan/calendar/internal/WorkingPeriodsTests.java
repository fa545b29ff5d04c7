package org.tongguan.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tongguan.shared.Violation;

/** Reading and validating the working periods of a working day (上班时间). */
class WorkingPeriodsTests {

	@Test
	void theDefaultPeriodsMakeSevenHours() {
		WorkingPeriods periods = WorkingPeriods.parse(List.of("09:00-12:00", " 14:00 - 18:00 "));

		assertThat(periods.perDay()).isEqualTo(Duration.ofHours(7));
		assertThat(periods.asText()).containsExactly("09:00-12:00", "14:00-18:00");
	}

	@Test
	void namesEveryMalformedUnorderedOrOverlappingPeriod() {
		List<Violation> violations = WorkingPeriods.validate(
				List.of("9-12", "14:00-13:00", "10:00-11:00", "13:00-25:00", "17:00-18:00"));

		assertThat(violations).extracting(Violation::field)
			.containsExactly("working-hours[0]", "working-hours[1]", "working-hours[2]", "working-hours[3]");
	}

	@Test
	void touchingPeriodsAreValidButEmptyOnesAreNot() {
		assertThat(WorkingPeriods.validate(List.of("09:00-12:00", "12:00-13:00"))).isEmpty();
		assertThat(WorkingPeriods.validate(List.of())).extracting(Violation::message)
			.containsExactly("at least one working period is needed");
		assertThatIllegalArgumentException().isThrownBy(() -> WorkingPeriods.parse(List.of("08:00-08:00")))
			.withMessageContaining("working-hours[0]");
	}
}
