package org.tongguan.sensing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

/** A rule id is the bare number in JSON, so stored alarm events read the same as before it had a type. */
class RuleIdTests {

	private final JsonMapper json = JsonMapper.builder().findAndAddModules().build();

	@Test
	void anAlarmEventCarriesTheRuleAsANumberAndReadsItBack() {
		AlarmRaised raised = new AlarmRaised(new AlarmId(7), new DeviceCode("WL-0042"), new RuleId(12),
				WarningLevel.RED, Instant.parse("2026-11-23T01:00:00Z"), null);

		String written = json.writeValueAsString(raised);

		assertThat(written).contains("\"rule\":12");
		assertThat(json.readValue(written.replace("\"rule\":12", "\"rule\":13"), AlarmRaised.class).rule())
			.isEqualTo(new RuleId(13));
	}
}
