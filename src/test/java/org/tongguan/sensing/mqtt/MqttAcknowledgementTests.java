package org.tongguan.sensing.mqtt;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tongguan.sensing.device.DeviceDirectory;
import org.tongguan.sensing.device.DeviceStatus;
import org.tongguan.sensing.device.RegisteredDevice;
import org.tongguan.sensing.ingest.Rejection;
import org.tongguan.sensing.ingest.RejectionCounters;
import org.tongguan.sensing.mqtt.client.MqttClient;
import org.tongguan.sensing.mqtt.client.MqttClientOptions;
import org.tongguan.sensing.mqtt.client.MqttConnection;
import org.tongguan.support.PlatformTest;

import io.netty.buffer.Unpooled;
import io.netty.handler.codec.mqtt.MqttConnAckMessage;
import io.netty.handler.codec.mqtt.MqttConnectReturnCode;
import io.netty.handler.codec.mqtt.MqttMessageBuilders;
import io.netty.handler.codec.mqtt.MqttPubReplyMessageVariableHeader;
import io.netty.handler.codec.mqtt.MqttQoS;
import io.netty.handler.codec.mqtt.MqttVersion;

/**
 * The whole platform with its embedded broker and the documented per-device budget (bursts of 50, then 10 messages
 * per second, 5 s tolerance): a QoS 1 message is acknowledged only once its reading is in the telemetry store, one
 * over the budget is refused (MQTT 5: reason code 0x97; MQTT 3.1.1: connection closed without PUBACK), and devices
 * that pace themselves within the budget lose nothing. Uses demo water-level gauges (secret {@code tongguan-demo})
 * outside the districts other tests use.
 */
@PlatformTest
class MqttAcknowledgementTests {

	private static final String SECRET = "tongguan-demo";

	private static final byte[] READING = "{\"values\":{\"waterLevel\":0.02}}".getBytes(StandardCharsets.UTF_8);

	@Autowired
	MqttEndpoint broker;

	@Autowired
	DeviceDirectory directory;

	@Autowired
	RejectionCounters rejections;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void acknowledgesAReadingOnlyOnceItIsInTheTelemetryStore() throws Exception {
		RegisteredDevice gauge = gauges(1, 0).get(0);
		try (MqttClient client = new MqttClient(1, "test-gauge")) {
			MqttConnection connection = connect(client, gauge);
			for (int i = 1; i <= 30; i++) {
				connection.publish(topic(gauge), READING, MqttQoS.AT_LEAST_ONCE).get(10, TimeUnit.SECONDS);

				assertThat(stored(List.of(gauge))).as("stored when PUBACK %d came", i).isEqualTo(i);
			}
		}
	}

	@Test
	void refusesAReadingOverTheBudgetWithQuotaExceededToAnMqtt5Client() throws Exception {
		RegisteredDevice gauge = gauges(1, 1).get(0);
		Map<Byte, Integer> reasons = new HashMap<>();
		try (RawMqttSocket raw = new RawMqttSocket(broker.port())) {
			raw.send(MqttMessageBuilders.connect()
				.protocolVersion(MqttVersion.MQTT_5)
				.clientId(gauge.code().value())
				.username(gauge.code().value())
				.password(SECRET.getBytes(StandardCharsets.UTF_8))
				.build());
			raw.mqtt5();
			assertThat(((MqttConnAckMessage) raw.receive()).variableHeader().connectReturnCode())
				.isEqualTo(MqttConnectReturnCode.CONNECTION_ACCEPTED);
			for (int packetId = 1; packetId <= 300; packetId++) {
				raw.send(MqttMessageBuilders.publish()
					.topicName(topic(gauge))
					.qos(MqttQoS.AT_LEAST_ONCE)
					.messageId(packetId)
					.payload(Unpooled.wrappedBuffer(READING))
					.build());
			}
			for (int i = 0; i < 300; i++) {
				byte reason = ((MqttPubReplyMessageVariableHeader) raw.receive().variableHeader()).reasonCode();
				reasons.merge(reason, 1, Integer::sum);
			}
		}

		assertThat(reasons).containsOnlyKeys((byte) 0x00, (byte) 0x97);
		assertThat(stored(List.of(gauge))).as("every reading acknowledged as stored, and no other")
			.isEqualTo(reasons.get((byte) 0x00));
		assertThat(rejections.of(gauge.id())).containsExactly(Map.entry(Rejection.RATE_LIMITED,
				(long) reasons.get((byte) 0x97)));
	}

	@Test
	void closesTheConnectionWithoutPubAckOfAReadingOverTheBudgetToAnMqtt311Client() throws Exception {
		RegisteredDevice gauge = gauges(1, 2).get(0);
		List<CompletableFuture<Void>> published = new ArrayList<>();
		try (MqttClient client = new MqttClient(1, "test-gauge")) {
			MqttConnection connection = connect(client, gauge);
			for (int i = 0; i < 300; i++) {
				published.add(connection.publish(topic(gauge), READING, MqttQoS.AT_LEAST_ONCE));
			}
			connection.closed().get(10, TimeUnit.SECONDS);
		}

		int acknowledged = (int) published.stream().filter(future -> !future.isCompletedExceptionally()).count();
		assertThat(acknowledged).isLessThan(300);
		assertThat(stored(List.of(gauge))).as("a PUBACK for every stored reading").isGreaterThanOrEqualTo(acknowledged);
		assertThat(rejections.of(gauge.id())).containsKey(Rejection.RATE_LIMITED);
	}

	@Test
	void storesAllOf10000ReadingsOfDevicesPacingThemselvesAt95PercentOfTheBudget() throws Exception {
		List<RegisteredDevice> gauges = gauges(100, 3);
		int perDevice = 100;
		List<CompletableFuture<Void>> published = new ArrayList<>();
		ScheduledExecutorService pacing = Executors.newScheduledThreadPool(2);
		try (MqttClient client = new MqttClient(2, "test-gauges")) {
			List<MqttConnection> connections = new ArrayList<>();
			for (RegisteredDevice gauge : gauges) {
				connections.add(connect(client, gauge));
			}
			CountDownLatch done = new CountDownLatch(gauges.size());
			for (int d = 0; d < gauges.size(); d++) {
				pace(connections.get(d), topic(gauges.get(d)), perDevice, pacing, published, done);
			}
			assertThat(done.await(60, TimeUnit.SECONDS)).as("all sent").isTrue();
			CompletableFuture.allOf(published.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
		}
		finally {
			pacing.shutdownNow();
		}

		assertThat(published).hasSize(10_000).allMatch(future -> !future.isCompletedExceptionally());
		assertThat(gauges).allSatisfy(gauge -> assertThat(rejections.of(gauge.id())).isEmpty());
		assertThat(stored(gauges)).isEqualTo(10_000);
	}

	/** 95 % of the burst at once (47 messages), then one message every 1/9.5 s, up to {@code count}. */
	private static void pace(MqttConnection connection, String topic, int count, ScheduledExecutorService pacing,
			List<CompletableFuture<Void>> published, CountDownLatch done) {
		AtomicInteger sent = new AtomicInteger();
		Runnable send = () -> {
			if (sent.incrementAndGet() <= count) {
				CompletableFuture<Void> acknowledged = connection.publish(topic, READING, MqttQoS.AT_LEAST_ONCE);
				synchronized (published) {
					published.add(acknowledged);
				}
				if (sent.get() == count) {
					done.countDown();
				}
			}
		};
		for (int i = 0; i < 47; i++) {
			send.run();
		}
		long interval = Math.round(1e9 / 9.5);
		pacing.scheduleAtFixedRate(send, interval, interval, TimeUnit.NANOSECONDS);
	}

	private MqttConnection connect(MqttClient client, RegisteredDevice gauge) throws Exception {
		return client.connect(MqttClientOptions.device(broker.host(), broker.port(), gauge.code(), SECRET))
			.get(10, TimeUnit.SECONDS);
	}

	/** {@code count} active demo water-level gauges of 龙岗 and later districts, from the {@code skip}-th on. */
	private List<RegisteredDevice> gauges(int count, int skip) {
		return directory.all().stream()
			.filter(device -> device.type().code().equals("water-level") && device.status() == DeviceStatus.ACTIVE)
			.filter(device -> device.code().value().compareTo("WL-440307") > 0)
			.sorted(Comparator.comparing(device -> device.code().value()))
			.skip(skip)
			.limit(count)
			.toList();
	}

	private int stored(List<RegisteredDevice> devices) {
		String ids = String.join(",", devices.stream().map(device -> device.id().toString()).toList());
		return jdbc.queryForObject("SELECT COUNT(*) FROM sensing_reading WHERE device_id IN (" + ids + ")",
				Integer.class);
	}

	private static String topic(RegisteredDevice gauge) {
		return TelemetryTopic.of(gauge.code());
	}
}
