package org.tongguan.sensing.mqtt;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Topic filters match topics by MQTT 3.1.1's rules and are limited to a root level. */
class TopicFilterTests {

	@Test
	void plusMatchesExactlyOneLevelAndHashAnyRest() {
		assertThat(matches("devices/+/telemetry", "devices/gauge-1/telemetry")).isTrue();
		assertThat(matches("devices/+/telemetry", "devices/gauge-1/telemetry/x")).isFalse();
		assertThat(matches("devices/+/telemetry", "devices/telemetry")).isFalse();
		assertThat(matches("devices/+", "devices/")).isTrue();
		assertThat(matches("devices/#", "devices/gauge-1/telemetry")).isTrue();
		assertThat(matches("devices/#", "devices")).isTrue();
		assertThat(matches("devices/gauge-1/#", "devices/gauge-2/telemetry")).isFalse();
		assertThat(matches("devices/gauge-1/telemetry", "devices/gauge-1/telemetry")).isTrue();
		assertThat(matches("devices/gauge-1/telemetry", "devices/gauge-10/telemetry")).isFalse();
	}

	@Test
	void refusesMalformedFiltersAndOnesOutsideTheRoot() {
		assertThat(TopicFilter.parse("devices/#/telemetry", "devices")).isNull();
		assertThat(TopicFilter.parse("devices/gauge+/telemetry", "devices")).isNull();
		assertThat(TopicFilter.parse("devices/ga#", "devices")).isNull();
		assertThat(TopicFilter.parse("#", "devices")).isNull();
		assertThat(TopicFilter.parse("+/gauge-1/telemetry", "devices")).isNull();
		assertThat(TopicFilter.parse("", "devices")).isNull();
	}

	@Test
	void findsTheDeviceCodeInATelemetryTopic() {
		assertThat(TelemetryTopic.deviceCode("devices/gauge-1/telemetry")).isEqualTo("gauge-1");
		assertThat(TelemetryTopic.deviceCode("devices/a/b/telemetry")).isNull();
		assertThat(TelemetryTopic.deviceCode("devices//telemetry")).isNull();
		assertThat(TelemetryTopic.deviceCode("other/gauge-1/telemetry")).isNull();
	}

	private static boolean matches(String filter, String topic) {
		return TopicFilter.parse(filter, "devices").matches(topic);
	}
}
