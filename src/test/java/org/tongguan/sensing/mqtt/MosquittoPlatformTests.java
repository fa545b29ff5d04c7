package org.tongguan.sensing.mqtt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.setup.MockMvcBuilders.webAppContextSetup;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.web.context.WebApplicationContext;
import org.tongguan.TongguanApplication;
import org.tongguan.identity.internal.CallerAuthentication;
import org.tongguan.identity.internal.UserDirectory;
import org.tongguan.sensing.DeviceCode;
import org.tongguan.sensing.mqtt.client.MqttClient;
import org.tongguan.sensing.mqtt.client.MqttClientOptions;
import org.tongguan.sensing.mqtt.client.MqttConnection;

import io.netty.handler.codec.mqtt.MqttQoS;

/**
 * The whole platform on an external broker, a real Mosquitto started by the test: a device's telemetry published to
 * Mosquitto becomes the platform's latest value, and QoS 1 messages published while the platform is stopped arrive
 * once it runs again on the same database (its persistent session).
 */
@Tag("database")
class MosquittoPlatformTests {

	private static final String GAUGE = "T-MOSQ-1";

	private static final String GAUGE_PASSWORD = "gauge-password";

	@TempDir
	Path directory;

	@Test
	void telemetryPublishedWhileThePlatformIsStoppedArrivesAfterItStartsAgain() throws Exception {
		try (Mosquitto mosquitto = Mosquitto.in(directory).user(GAUGE, GAUGE_PASSWORD).start();
				MqttClient client = new MqttClient(1, "test-gauge")) {
			ConfigurableApplicationContext before = start(mosquitto, null);
			String url = before.getEnvironment().getProperty("spring.datasource.url");
			PlatformDevices devices = devices(before);
			devices.register(GAUGE);
			publish(client, mosquitto, 0.11);
			PlatformDevices.await(() -> Double.valueOf(0.11).equals(devices.latestWaterLevel(GAUGE)));
			assertThat(devices.latestWaterLevel(GAUGE)).isEqualTo(0.11);
			before.close();

			publish(client, mosquitto, 0.21);
			publish(client, mosquitto, 0.22);
			publish(client, mosquitto, 0.23);

			ConfigurableApplicationContext after = start(mosquitto, url);
			try {
				PlatformDevices restarted = devices(after);
				PlatformDevices.await(() -> restarted.storedWaterLevels(GAUGE).size() == 4);
				assertThat(restarted.storedWaterLevels(GAUGE)).containsExactly(0.11, 0.21, 0.22, 0.23);
			}
			finally {
				after.close();
			}
		}
	}

	/** Publishes as the gauge to Mosquitto at QoS 1 and waits for Mosquitto's PUBACK. */
	private static void publish(MqttClient client, Mosquitto mosquitto, double waterLevel) throws Exception {
		MqttConnection gauge = client
			.connect(MqttClientOptions.device("127.0.0.1", mosquitto.port(), new DeviceCode(GAUGE), GAUGE_PASSWORD))
			.get(10, TimeUnit.SECONDS);
		gauge.publish(TelemetryTopic.of(new DeviceCode(GAUGE)),
				("{\"ts\":" + System.currentTimeMillis() + ",\"values\":{\"waterLevel\":" + waterLevel + "}}")
					.getBytes(StandardCharsets.UTF_8),
				MqttQoS.AT_LEAST_ONCE)
			.get(10, TimeUnit.SECONDS);
		gauge.disconnect().get(10, TimeUnit.SECONDS);
		Thread.sleep(5); // distinct measuring times, so the history's order is the order sent
	}

	/**
	 * Starts the platform subscribed to Mosquitto; on H2 the first start moves the database to a file, and the
	 * second start uses the first one's database.
	 */
	private ConfigurableApplicationContext start(Mosquitto mosquitto, String url) {
		String file = "jdbc:h2:file:" + directory.resolve("tongguan") + ";DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000";
		return new SpringApplicationBuilder(TongguanApplication.class).initializers(context -> {
			String current = context.getEnvironment().getProperty("spring.datasource.url");
			Map<String, Object> settings = new HashMap<>();
			settings.put("spring.datasource.url", url != null ? url : current.startsWith("jdbc:h2:") ? file : current);
			settings.put("server.port", "0");
			settings.put("tongguan.sensing.mqtt.broker", "external");
			settings.put("tongguan.sensing.mqtt.external.url", mosquitto.url());
			settings.put("tongguan.sensing.mqtt.external.client-id", "tongguan-test-platform");
			settings.put("tongguan.sensing.mqtt.external.username", Mosquitto.PLATFORM_USER);
			settings.put("tongguan.sensing.mqtt.external.password", Mosquitto.PLATFORM_PASSWORD);
			context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("mosquittoTest", settings));
		}).run();
	}

	private static PlatformDevices devices(ConfigurableApplicationContext context) {
		return new PlatformDevices(
				webAppContextSetup((WebApplicationContext) context).apply(SecurityMockMvcConfigurers.springSecurity())
					.build(),
				authentication(new CallerAuthentication(
						context.getBean(UserDirectory.class).enabledCaller("admin").orElseThrow())));
	}
}
