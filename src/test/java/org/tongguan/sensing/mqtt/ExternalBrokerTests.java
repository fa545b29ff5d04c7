package org.tongguan.sensing.mqtt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;
import org.tongguan.sensing.DeviceCode;
import org.tongguan.sensing.ingest.Rejection;
import org.tongguan.sensing.mqtt.RecordingIngestion.Accepted;
import org.tongguan.sensing.mqtt.client.MqttClient;
import org.tongguan.sensing.mqtt.client.MqttClientOptions;
import org.tongguan.sensing.mqtt.client.MqttConnection;

import io.netty.handler.codec.mqtt.MqttQoS;

/**
 * The platform's persistent-session subscription to a real Mosquitto (started by the test, see {@link Mosquitto}),
 * without Spring: messages are acknowledged only once stored, so unstored ones and ones sent while the platform was
 * away arrive when it connects again; Mosquitto keeps devices to their own topics.
 */
class ExternalBrokerTests {

	private static final Duration WAIT = Duration.ofSeconds(10);

	@TempDir
	Path directory;

	private final RecordingIngestion ingestion = new RecordingIngestion();

	private final TestDevices devices = new TestDevices();

	private Mosquitto mosquitto;

	private MqttClient deviceClient;

	private ExternalBroker platform;

	@BeforeEach
	void startMosquitto() throws Exception {
		mosquitto = Mosquitto.in(directory)
			.user("gauge-1", TestDevices.SECRET)
			.user("gauge-9", TestDevices.SECRET)
			.start();
		deviceClient = new MqttClient(1, "test-devices");
	}

	@AfterEach
	void stopAll() throws Exception {
		if (platform != null) {
			platform.stop();
		}
		if (deviceClient != null) {
			deviceClient.close();
		}
		if (mosquitto != null) {
			mosquitto.close();
		}
	}

	@Test
	void acknowledgesOnlyStoredMessagesSoUnstoredOnesComeAgainAfterAReconnect() throws Exception {
		ingestion.storeAtOnce = false;
		startPlatform();
		publish("gauge-1", "devices/gauge-1/telemetry", 0.31);
		Accepted first = ingestion.next(WAIT);
		assertThat(first.device().code().value()).isEqualTo("gauge-1");

		restartPlatform();

		Accepted again = ingestion.next(WAIT);
		assertThat(again.text()).isEqualTo(first.text());
		again.callback().stored();
		restartPlatform();
		assertThat(ingestion.next(Duration.ofSeconds(1))).isNull();
	}

	@Test
	void leavesAMessageRefusedForNowUnacknowledgedAndIngestsItAgainUntilStored() throws Exception {
		ingestion.storeAtOnce = false;
		startPlatform();
		publish("gauge-1", "devices/gauge-1/telemetry", 0.32);

		Accepted first = ingestion.next(WAIT);
		first.callback().rejected(Rejection.RATE_LIMITED, "The device sends faster than allowed");
		Accepted again = ingestion.next(WAIT);
		assertThat(again).as("the refused message, ingested again").isNotNull();
		assertThat(again.text()).isEqualTo(first.text());
		again.callback().stored();

		restartPlatform();
		assertThat(ingestion.next(Duration.ofSeconds(1))).as("stored, so acknowledged and not delivered again")
			.isNull();
	}

	@Test
	void acknowledgesAMessageRejectedForGoodSoTheBrokerDoesNotDeliverItForever() throws Exception {
		ingestion.storeAtOnce = false;
		startPlatform();
		publish("gauge-1", "devices/gauge-1/telemetry", 99);

		ingestion.next(WAIT).callback().rejected(Rejection.OUT_OF_RANGE, "waterLevel above 10");

		restartPlatform();
		assertThat(ingestion.next(Duration.ofSeconds(1))).isNull();
	}

	@Test
	void receivesWhatDevicesPublishedWhileThePlatformWasAway() throws Exception {
		startPlatform();
		platform.stop();
		for (int i = 0; i < 20; i++) {
			publish("gauge-1", "devices/gauge-1/telemetry", i);
		}

		startPlatform();

		for (int i = 0; i < 20; i++) {
			assertThat(ingestion.next(WAIT)).as("message %d", i).isNotNull();
		}
	}

	@Test
	void countsMessagesOfUnknownDevicesAndNeverSeesOnesSentToAnotherDevicesTopic() throws Exception {
		startPlatform();

		publish("gauge-1", "devices/gauge-2/telemetry", 0.5);
		publish("gauge-9", "devices/gauge-9/telemetry", 0.5);
		publish("gauge-1", "devices/gauge-1/telemetry", 0.6);

		assertThat(ingestion.next(WAIT).text()).contains("0.6");
		await().atMost(WAIT).untilAsserted(
				() -> assertThat(ingestion.rejections()).containsExactly("gauge-9 UNKNOWN_DEVICE"));
		assertThat(ingestion.next(Duration.ofMillis(300))).as("the message to another device's topic").isNull();
	}

	@Test
	void stopsReadingWhileItsReceiveWindowIsFullSoTheBrokerKeepsTheRest() throws Exception {
		ingestion.storeAtOnce = false;
		startPlatform(1, 3);
		List<Accepted> taken = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			publish("gauge-1", "devices/gauge-1/telemetry", i);
			taken.add(ingestion.next(WAIT));
		}
		for (int i = 3; i < 10; i++) {
			publish("gauge-1", "devices/gauge-1/telemetry", i);
		}
		assertThat(ingestion.next(Duration.ofMillis(500))).as("a message while the window is full").isNull();

		taken.forEach(accepted -> accepted.callback().stored());
		ingestion.storeAtOnce = true;
		for (int i = 3; i < 10; i++) {
			assertThat(ingestion.next(WAIT)).as("message %d", i).isNotNull();
		}
	}

	@Test
	void reconnectsWhenTheBrokerComesBack() throws Exception {
		startPlatform();
		mosquitto.close();
		Thread.sleep(300);
		mosquitto.start();
		awaitSubscribed();

		publish("gauge-1", "devices/gauge-1/telemetry", 0.7);

		assertThat(ingestion.next(WAIT).text()).contains("0.7");
	}

	private void startPlatform() throws InterruptedException {
		startPlatform(2, 10_000);
	}

	private void startPlatform(int connections, int receiveWindow) throws InterruptedException {
		MqttProperties settings = new MqttProperties(MqttProperties.Broker.EXTERNAL, "127.0.0.1", 0, 1,
				DataSize.ofKilobytes(17), 100, Duration.ofSeconds(2), Duration.ofMillis(200),
				new MqttProperties.LoginFailures(10, Duration.ofMinutes(1)),
				new MqttProperties.External(URI.create(mosquitto.url()), "tongguan-test-platform", connections,
						Mosquitto.PLATFORM_USER, Mosquitto.PLATFORM_PASSWORD, Duration.ofSeconds(30),
						receiveWindow, Duration.ofMillis(100), Duration.ofSeconds(1)));
		platform = new ExternalBroker(settings, devices, ingestion);
		platform.start();
		awaitSubscribed();
	}

	private void restartPlatform() throws InterruptedException {
		platform.stop();
		startPlatform();
	}

	/** Publishes a QoS 1 message as a device and waits for Mosquitto's PUBACK. */
	private void publish(String device, String topic, double waterLevel) throws Exception {
		MqttConnection connection = deviceClient
			.connect(MqttClientOptions.device("127.0.0.1", mosquitto.port(), new DeviceCode(device),
					TestDevices.SECRET))
			.get(5, TimeUnit.SECONDS);
		connection.publish(topic, EmbeddedBrokerTests.json(waterLevel), MqttQoS.AT_LEAST_ONCE).get(5, TimeUnit.SECONDS);
		connection.disconnect().get(5, TimeUnit.SECONDS);
	}

	private void awaitSubscribed() throws InterruptedException {
		long deadline = System.currentTimeMillis() + 10_000;
		while (!platform.subscribed() && System.currentTimeMillis() < deadline) {
			Thread.sleep(20);
		}
		assertThat(platform.subscribed()).as("subscribed to Mosquitto").isTrue();
	}
}
