package org.tongguan.sensing.mqtt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.tongguan.identity.internal.CallerAuthentication;
import org.tongguan.identity.internal.UserDirectory;
import org.tongguan.sensing.DeviceCode;
import org.tongguan.sensing.mqtt.client.MqttClient;
import org.tongguan.sensing.mqtt.client.MqttClientOptions;
import org.tongguan.sensing.mqtt.client.MqttConnection;
import org.tongguan.sensing.mqtt.client.MqttRefusedException;
import org.tongguan.support.PlatformTest;

import io.netty.handler.codec.mqtt.MqttQoS;

/**
 * The whole platform with its embedded broker: a device registered through the API publishes over real MQTT, and
 * once the broker acknowledges (stored) the value is the device's latest and in its stored history.
 */
@PlatformTest
class MqttPlatformTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDirectory users;

	@Autowired
	MqttEndpoint broker;

	@Test
	void aRegisteredGaugesQos1MessageIsStoredBeforeItIsAcknowledgedAndShownAsLatest() throws Exception {
		PlatformDevices devices = new PlatformDevices(mvc,
				authentication(new CallerAuthentication(users.enabledCaller("admin").orElseThrow())));
		String secret = devices.register("T-MQTT-1");

		try (MqttClient client = new MqttClient(1, "test-gauge")) {
			MqttConnection gauge = client
				.connect(MqttClientOptions.device(broker.host(), broker.port(), new DeviceCode("T-MQTT-1"), secret))
				.get(10, TimeUnit.SECONDS);
			gauge.publish("devices/T-MQTT-1/telemetry",
					"{\"values\":{\"waterLevel\":0.07,\"battery\":91}}".getBytes(StandardCharsets.UTF_8),
					MqttQoS.AT_LEAST_ONCE)
				.get(10, TimeUnit.SECONDS);

			assertThat(devices.storedWaterLevels("T-MQTT-1")).containsExactly(0.07);
			assertThat(devices.latestWaterLevel("T-MQTT-1")).isEqualTo(0.07);
			assertThatThrownBy(() -> client
				.connect(MqttClientOptions.device(broker.host(), broker.port(), new DeviceCode("T-MQTT-1"),
						"tongguan-demo"))
				.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(MqttRefusedException.class);
		}
	}
}
