package org.tongguan.sensing.mqtt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;
import org.tongguan.sensing.DeviceCode;
import org.tongguan.sensing.ingest.Rejection;
import org.tongguan.sensing.mqtt.RecordingIngestion.Accepted;
import org.tongguan.sensing.mqtt.client.InboundMessage;
import org.tongguan.sensing.mqtt.client.MqttClient;
import org.tongguan.sensing.mqtt.client.MqttClientOptions;
import org.tongguan.sensing.mqtt.client.MqttConnection;
import org.tongguan.sensing.mqtt.client.MqttRefusedException;
import org.tongguan.support.TestClock;

import io.netty.buffer.Unpooled;
import io.netty.handler.codec.mqtt.MqttConnAckMessage;
import io.netty.handler.codec.mqtt.MqttConnectMessage;
import io.netty.handler.codec.mqtt.MqttConnectReturnCode;
import io.netty.handler.codec.mqtt.MqttMessage;
import io.netty.handler.codec.mqtt.MqttMessageBuilders;
import io.netty.handler.codec.mqtt.MqttMessageType;
import io.netty.handler.codec.mqtt.MqttPubReplyMessageVariableHeader;
import io.netty.handler.codec.mqtt.MqttPublishMessage;
import io.netty.handler.codec.mqtt.MqttQoS;
import io.netty.handler.codec.mqtt.MqttVersion;

/**
 * The embedded broker without Spring, with a recording ingestion: device authentication and the lockout after wrong
 * passwords, the own-topic rule, QoS 0 and 1, PUBACK only once stored, refusals (MQTT 5 reason codes, MQTT 3.1.1
 * closing), oversize, subscriptions of monitoring clients, keep-alive, flow control.
 */
class EmbeddedBrokerTests {

	private static final Duration WAIT = Duration.ofSeconds(5);

	private final RecordingIngestion ingestion = new RecordingIngestion();

	private final TestDevices devices = new TestDevices();

	private final TestClock clock = new TestClock(Instant.parse("2026-11-23T01:00:00Z"), ZoneOffset.UTC);

	private EmbeddedBroker broker;

	private MqttClient client;

	@BeforeEach
	void start() {
		broker = new EmbeddedBroker(settings(10), "127.0.0.1", new Logins(devices, devices, ingestion), ingestion,
				clock);
		broker.start();
		client = new MqttClient(1, "test-client");
	}

	@AfterEach
	void stop() {
		client.close();
		broker.stop();
	}

	/** At most 3 wrong passwords per address or device, then a minute's lockout. */
	static MqttProperties settings(int maxInFlight) {
		return settings(maxInFlight, "127.0.0.1");
	}

	static MqttProperties settings(int maxInFlight, String bindAddress) {
		return new MqttProperties(MqttProperties.Broker.EMBEDDED, bindAddress, 0, 1, DataSize.ofKilobytes(17),
				maxInFlight, Duration.ofSeconds(2), Duration.ofSeconds(2),
				new MqttProperties.LoginFailures(3, Duration.ofMinutes(1)),
				new MqttProperties.External(URI.create("tcp://localhost:1883"), "tongguan-platform", 1, null, null,
						Duration.ofSeconds(30), 10_000, Duration.ofSeconds(1), Duration.ofSeconds(60)));
	}

	@Test
	void acknowledgesAQos1MessageOnlyOnceIngestionHasStoredIt() throws Exception {
		ingestion.storeAtOnce = false;
		MqttConnection gauge = connect("gauge-1", TestDevices.SECRET);

		CompletableFuture<Void> acknowledged = gauge.publish("devices/gauge-1/telemetry", json(0.12),
				MqttQoS.AT_LEAST_ONCE);

		Accepted message = ingestion.next(WAIT);
		assertThat(message.device().code().value()).isEqualTo("gauge-1");
		assertThat(message.text()).isEqualTo("{\"values\":{\"waterLevel\":0.12}}");
		Thread.sleep(200);
		assertThat(acknowledged).isNotDone();
		message.callback().stored();
		acknowledged.get(5, TimeUnit.SECONDS);
	}

	@Test
	void acknowledgesARejectedMessageSoTheDeviceDoesNotSendItForever() throws Exception {
		ingestion.storeAtOnce = false;
		MqttConnection gauge = connect("gauge-1", TestDevices.SECRET);
		CompletableFuture<Void> acknowledged = gauge.publish("devices/gauge-1/telemetry", "not json".getBytes(),
				MqttQoS.AT_LEAST_ONCE);

		ingestion.next(WAIT).callback().rejected(Rejection.MALFORMED_JSON, "not JSON");

		acknowledged.get(5, TimeUnit.SECONDS);
	}

	@Test
	void ingestsQos0MessagesWithoutAcknowledgement() throws Exception {
		MqttConnection gauge = connect("gauge-2", TestDevices.SECRET);

		gauge.publish("devices/gauge-2/telemetry", json(0.3), MqttQoS.AT_MOST_ONCE).get(5, TimeUnit.SECONDS);

		assertThat(ingestion.next(WAIT).device().code().value()).isEqualTo("gauge-2");
	}

	@Test
	void refusesAWrongSecretOrAnUnknownDeviceAndCountsThem() {
		assertRefused("gauge-1", "guessed", MqttConnectReturnCode.CONNECTION_REFUSED_BAD_USER_NAME_OR_PASSWORD);
		assertRefused("gauge-9", TestDevices.SECRET,
				MqttConnectReturnCode.CONNECTION_REFUSED_BAD_USER_NAME_OR_PASSWORD);
		assertRefused("api-key", "tg_guessed", MqttConnectReturnCode.CONNECTION_REFUSED_BAD_USER_NAME_OR_PASSWORD);

		assertThat(ingestion.rejections()).containsExactly("gauge-1 BAD_CREDENTIALS", "gauge-9 UNKNOWN_DEVICE");
	}

	@Test
	void countsAndAcknowledgesAPublishToAnotherDevicesTopicWithoutIngestingIt() throws Exception {
		MqttConnection gauge = connect("gauge-1", TestDevices.SECRET);

		gauge.publish("devices/gauge-2/telemetry", json(9.9), MqttQoS.AT_LEAST_ONCE).get(5, TimeUnit.SECONDS);
		gauge.publish("devices/gauge-1/config", json(9.9), MqttQoS.AT_LEAST_ONCE).get(5, TimeUnit.SECONDS);

		assertThat(ingestion.accepted).isEmpty();
		assertThat(ingestion.rejections()).containsExactly("gauge-1 FOREIGN_TOPIC", "gauge-1 FOREIGN_TOPIC");
	}

	@Test
	void closesTheConnectionOfAnOversizeMessageAndCountsIt() throws Exception {
		MqttConnection gauge = connect("gauge-1", TestDevices.SECRET);

		CompletableFuture<Void> acknowledged = gauge.publish("devices/gauge-1/telemetry", new byte[20 * 1024],
				MqttQoS.AT_LEAST_ONCE);

		assertThatThrownBy(() -> acknowledged.get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class);
		gauge.closed().get(5, TimeUnit.SECONDS);
		assertThat(ingestion.rejections()).containsExactly("gauge-1 OVERSIZE");
		assertThat(ingestion.accepted).isEmpty();
	}

	@Test
	void deliversStoredMessagesToMonitoringSubscribersWhoseFiltersMatch() throws Exception {
		BlockingQueue<InboundMessage> everything = new LinkedBlockingQueue<>();
		BlockingQueue<InboundMessage> gaugeTwo = new LinkedBlockingQueue<>();
		subscribe("devices/#", MqttQoS.AT_LEAST_ONCE, everything);
		subscribe("devices/gauge-2/+", MqttQoS.AT_MOST_ONCE, gaugeTwo);
		MqttConnection one = connect("gauge-1", TestDevices.SECRET);
		MqttConnection two = connect("gauge-2", TestDevices.SECRET);

		one.publish("devices/gauge-1/telemetry", json(0.1), MqttQoS.AT_LEAST_ONCE).get(5, TimeUnit.SECONDS);
		two.publish("devices/gauge-2/telemetry", json(0.2), MqttQoS.AT_LEAST_ONCE).get(5, TimeUnit.SECONDS);

		InboundMessage first = everything.poll(5, TimeUnit.SECONDS);
		InboundMessage second = everything.poll(5, TimeUnit.SECONDS);
		assertThat(List.of(first.topic(), second.topic())).containsExactly("devices/gauge-1/telemetry",
				"devices/gauge-2/telemetry");
		assertThat(first.qos()).isEqualTo(MqttQoS.AT_LEAST_ONCE);
		InboundMessage onlyTwo = gaugeTwo.poll(5, TimeUnit.SECONDS);
		assertThat(new String(onlyTwo.payload())).isEqualTo("{\"values\":{\"waterLevel\":0.2}}");
		assertThat(onlyTwo.qos()).isEqualTo(MqttQoS.AT_MOST_ONCE);
		assertThat(gaugeTwo.poll(200, TimeUnit.MILLISECONDS)).isNull();
	}

	@Test
	void deliversNothingOfARejectedMessage() throws Exception {
		ingestion.storeAtOnce = false;
		BlockingQueue<InboundMessage> received = new LinkedBlockingQueue<>();
		subscribe("devices/+/telemetry", MqttQoS.AT_LEAST_ONCE, received);
		MqttConnection gauge = connect("gauge-1", TestDevices.SECRET);

		CompletableFuture<Void> acknowledged = gauge.publish("devices/gauge-1/telemetry", json(99),
				MqttQoS.AT_LEAST_ONCE);
		ingestion.next(WAIT).callback().rejected(Rejection.OUT_OF_RANGE, "waterLevel above 10");
		acknowledged.get(5, TimeUnit.SECONDS);

		assertThat(received.poll(300, TimeUnit.MILLISECONDS)).isNull();
	}

	@Test
	void letsMonitoringClientsOnlySubscribeUnderDevicesAndDevicesNotAtAll() throws Exception {
		MqttConnection monitor = client.connect(monitorOptions(new LinkedBlockingQueue<>())).get(5, TimeUnit.SECONDS);
		MqttConnection gauge = connect("gauge-1", TestDevices.SECRET);

		assertThat(monitor.subscribe("$SYS/#", MqttQoS.AT_MOST_ONCE).get(5, TimeUnit.SECONDS))
			.isEqualTo(MqttQoS.FAILURE);
		assertThat(monitor.subscribe("devices/gau+/telemetry", MqttQoS.AT_MOST_ONCE).get(5, TimeUnit.SECONDS))
			.isEqualTo(MqttQoS.FAILURE);
		assertThat(gauge.subscribe("devices/#", MqttQoS.AT_MOST_ONCE).get(5, TimeUnit.SECONDS))
			.isEqualTo(MqttQoS.FAILURE);
		monitor.publish("devices/gauge-1/telemetry", json(1), MqttQoS.AT_LEAST_ONCE).get(5, TimeUnit.SECONDS);
		assertThat(ingestion.accepted).isEmpty();
	}

	@Test
	void closesAConnectionSilentForOneAndAHalfKeepAlivePeriods() throws Exception {
		try (RawMqttSocket raw = new RawMqttSocket(broker.port())) {
			raw.send(MqttMessageBuilders.connect()
				.protocolVersion(MqttVersion.MQTT_3_1_1)
				.clientId("gauge-1")
				.username("gauge-1")
				.password(TestDevices.SECRET.getBytes(StandardCharsets.UTF_8))
				.keepAlive(1)
				.build());
			assertThat(((MqttConnAckMessage) raw.receive()).variableHeader().connectReturnCode())
				.isEqualTo(MqttConnectReturnCode.CONNECTION_ACCEPTED);
			long started = System.nanoTime();

			assertThat(raw.closedWithin(Duration.ofSeconds(4))).isTrue();
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThan(Duration.ofMillis(1200));
		}
	}

	@Test
	void closesAConnectionThatSendsNoConnect() throws Exception {
		try (RawMqttSocket raw = new RawMqttSocket(broker.port())) {
			assertThat(raw.closedWithin(Duration.ofSeconds(4))).isTrue();
		}
	}

	@Test
	void tellsMqtt5ClientsWhyAMessageIsNotStoredWithTheReasonCodeOfItsPubAck() throws Exception {
		ingestion.storeAtOnce = false;
		try (RawMqttSocket raw = connect5("gauge-1")) {
			for (int packetId = 1; packetId <= 4; packetId++) {
				raw.send(publish("devices/gauge-1/telemetry", packetId));
			}
			raw.send(publish("devices/gauge-2/telemetry", 5));
			ingestion.next(WAIT).callback().rejected(Rejection.RATE_LIMITED, "The device sends faster than allowed");
			ingestion.next(WAIT).callback().rejected(Rejection.MALFORMED_JSON, "not JSON");
			ingestion.next(WAIT).callback().rejected(Rejection.OUT_OF_RANGE, "waterLevel above 10");
			ingestion.next(WAIT).callback().stored();

			Map<Integer, Byte> reasons = new HashMap<>();
			for (int i = 0; i < 5; i++) {
				MqttMessage pubAck = raw.receive();
				assertThat(pubAck.fixedHeader().messageType()).isEqualTo(MqttMessageType.PUBACK);
				MqttPubReplyMessageVariableHeader header = (MqttPubReplyMessageVariableHeader) pubAck.variableHeader();
				reasons.put(header.messageId(), header.reasonCode());
			}
			assertThat(reasons).containsExactlyInAnyOrderEntriesOf(Map.of(1, (byte) 0x97, 2, (byte) 0x99, 3,
					(byte) 0x83, 4, (byte) 0x00, 5, (byte) 0x87));
			assertThat(raw.closedWithin(Duration.ofMillis(300))).as("the connection stays open").isFalse();
		}
	}

	@Test
	void closesAnMqtt311ConnectionWithoutPubAckWhenAMessageMayBeStoredIfSentAgain() throws Exception {
		ingestion.storeAtOnce = false;
		MqttConnection gauge = connect("gauge-1", TestDevices.SECRET);
		CompletableFuture<Void> acknowledged = gauge.publish("devices/gauge-1/telemetry", json(0.12),
				MqttQoS.AT_LEAST_ONCE);

		ingestion.next(WAIT).callback().rejected(Rejection.RATE_LIMITED, "The device sends faster than allowed");

		gauge.closed().get(5, TimeUnit.SECONDS);
		assertThatThrownBy(() -> acknowledged.get(5, TimeUnit.SECONDS)).as("no PUBACK")
			.isInstanceOf(ExecutionException.class);
	}

	@Test
	void locksAnAddressOutAfterRepeatedWrongPasswordsWithoutCheckingItsNextPassword() throws Exception {
		for (String device : List.of("gauge-1", "gauge-2", "gauge-7")) {
			assertThat(connectFrom("127.0.0.2", device, "guessed", false))
				.isEqualTo(MqttConnectReturnCode.CONNECTION_REFUSED_BAD_USER_NAME_OR_PASSWORD);
		}

		assertThat(connectFrom("127.0.0.2", "gauge-2", TestDevices.SECRET, false))
			.isEqualTo(MqttConnectReturnCode.CONNECTION_REFUSED_SERVER_UNAVAILABLE);
		assertThat(connectFrom("127.0.0.2", "gauge-2", TestDevices.SECRET, true))
			.isEqualTo(MqttConnectReturnCode.CONNECTION_REFUSED_CONNECTION_RATE_EXCEEDED);
		assertThat(connectFrom("127.0.0.3", "gauge-2", TestDevices.SECRET, false))
			.as("another address").isEqualTo(MqttConnectReturnCode.CONNECTION_ACCEPTED);
		clock.advance(Duration.ofMinutes(1));
		assertThat(connectFrom("127.0.0.2", "gauge-2", TestDevices.SECRET, false))
			.as("after the lockout").isEqualTo(MqttConnectReturnCode.CONNECTION_ACCEPTED);
	}

	@Test
	void locksADeviceOutAfterRepeatedWrongPasswordsFromAnyAddress() throws Exception {
		for (String address : List.of("127.0.0.2", "127.0.0.3", "127.0.0.4")) {
			assertThat(connectFrom(address, "gauge-1", "guessed", false))
				.isEqualTo(MqttConnectReturnCode.CONNECTION_REFUSED_BAD_USER_NAME_OR_PASSWORD);
		}

		assertThat(connectFrom("127.0.0.5", "gauge-1", TestDevices.SECRET, true))
			.isEqualTo(MqttConnectReturnCode.CONNECTION_REFUSED_CONNECTION_RATE_EXCEEDED);
		assertThat(connectFrom("127.0.0.5", "gauge-2", TestDevices.SECRET, false))
			.as("another device").isEqualTo(MqttConnectReturnCode.CONNECTION_ACCEPTED);
		assertThat(ingestion.rejections()).as("locked-out attempts are not checked")
			.containsExactly("gauge-1 BAD_CREDENTIALS", "gauge-1 BAD_CREDENTIALS", "gauge-1 BAD_CREDENTIALS");
		clock.advance(Duration.ofMinutes(1));
		assertThat(connectFrom("127.0.0.5", "gauge-1", TestDevices.SECRET, false))
			.isEqualTo(MqttConnectReturnCode.CONNECTION_ACCEPTED);
	}

	@Test
	void acceptsMqtt31() throws Exception {
		try (RawMqttSocket raw = new RawMqttSocket(broker.port())) {
			raw.send(MqttMessageBuilders.connect()
				.protocolVersion(MqttVersion.MQTT_3_1)
				.clientId("gauge-1")
				.username("gauge-1")
				.password(TestDevices.SECRET.getBytes(StandardCharsets.UTF_8))
				.build());
			assertThat(((MqttConnAckMessage) raw.receive()).variableHeader().connectReturnCode())
				.isEqualTo(MqttConnectReturnCode.CONNECTION_ACCEPTED);
			raw.send(MqttMessageBuilders.publish()
				.topicName("devices/gauge-1/telemetry")
				.qos(MqttQoS.AT_LEAST_ONCE)
				.messageId(7)
				.payload(Unpooled.wrappedBuffer(json(0.5)))
				.build());
			assertThat(raw.receive().fixedHeader().messageType()).isEqualTo(MqttMessageType.PUBACK);
		}
		assertThat(ingestion.next(WAIT).text()).contains("0.5");
	}

	@Test
	void closesTheOlderConnectionWhenAClientConnectsAgainUnderTheSameId() throws Exception {
		MqttConnection first = connect("gauge-1", TestDevices.SECRET);

		MqttConnection second = connect("gauge-1", TestDevices.SECRET);

		first.closed().get(5, TimeUnit.SECONDS);
		assertThat(second.isActive()).isTrue();
	}

	@Test
	void stopsReadingFromAFloodingDeviceWhileOthersGoOn() throws Exception {
		ingestion.storeAtOnce = false;
		MqttConnection flooding = connect("gauge-1", TestDevices.SECRET);
		MqttConnection calm = connect("gauge-2", TestDevices.SECRET);
		List<CompletableFuture<Void>> flood = new ArrayList<>();
		for (int i = 0; i < 5_000; i++) {
			flood.add(flooding.publish("devices/gauge-1/telemetry", json(i), MqttQoS.AT_LEAST_ONCE));
		}
		Thread.sleep(500);
		List<Accepted> held = new ArrayList<>();
		ingestion.accepted.drainTo(held);
		assertThat(held).hasSizeLessThan(5_000);

		ingestion.storeAtOnce = true;
		calm.publish("devices/gauge-2/telemetry", json(0.2), MqttQoS.AT_LEAST_ONCE).get(5, TimeUnit.SECONDS);
		assertThat(ingestion.next(WAIT).device().code().value()).isEqualTo("gauge-2");

		held.forEach(message -> message.callback().stored());
		CompletableFuture.allOf(flood.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);
	}

	private RawMqttSocket connect5(String code) throws Exception {
		RawMqttSocket raw = new RawMqttSocket(broker.port());
		raw.send(connectMessage(code, TestDevices.SECRET, true));
		raw.mqtt5();
		assertThat(((MqttConnAckMessage) raw.receive()).variableHeader().connectReturnCode())
			.isEqualTo(MqttConnectReturnCode.CONNECTION_ACCEPTED);
		return raw;
	}

	/** What the broker answers a CONNECT from this loopback address. */
	private MqttConnectReturnCode connectFrom(String address, String code, String secret, boolean mqtt5)
			throws Exception {
		try (RawMqttSocket raw = new RawMqttSocket(broker.port(), address)) {
			raw.send(connectMessage(code, secret, mqtt5));
			if (mqtt5) {
				raw.mqtt5();
			}
			return ((MqttConnAckMessage) raw.receive()).variableHeader().connectReturnCode();
		}
	}

	private static MqttConnectMessage connectMessage(String code, String secret, boolean mqtt5) {
		return MqttMessageBuilders.connect()
			.protocolVersion(mqtt5 ? MqttVersion.MQTT_5 : MqttVersion.MQTT_3_1_1)
			.clientId(code)
			.username(code)
			.password(secret.getBytes(StandardCharsets.UTF_8))
			.build();
	}

	private static MqttPublishMessage publish(String topic, int packetId) {
		return MqttMessageBuilders.publish()
			.topicName(topic)
			.qos(MqttQoS.AT_LEAST_ONCE)
			.messageId(packetId)
			.payload(Unpooled.wrappedBuffer(json(packetId / 10.0)))
			.build();
	}

	private MqttConnection connect(String code, String secret) throws Exception {
		return client.connect(MqttClientOptions.device("127.0.0.1", broker.port(), new DeviceCode(code), secret))
			.get(5, TimeUnit.SECONDS);
	}

	private void assertRefused(String username, String password, MqttConnectReturnCode code) {
		MqttClientOptions options = new MqttClientOptions("127.0.0.1", broker.port(), username, username, password,
				true, Duration.ofSeconds(30), null);
		assertThatThrownBy(() -> client.connect(options).get(5, TimeUnit.SECONDS))
			.hasCauseInstanceOf(MqttRefusedException.class)
			.cause()
			.extracting(cause -> ((MqttRefusedException) cause).code())
			.isEqualTo(code);
	}

	private void subscribe(String filter, MqttQoS qos, BlockingQueue<InboundMessage> into) throws Exception {
		MqttConnection monitor = client.connect(monitorOptions(into)).get(5, TimeUnit.SECONDS);
		assertThat(monitor.subscribe(filter, qos).get(5, TimeUnit.SECONDS)).isEqualTo(qos);
	}

	private MqttClientOptions monitorOptions(BlockingQueue<InboundMessage> into) {
		return new MqttClientOptions("127.0.0.1", broker.port(), "monitor-" + into.hashCode(), Logins.API_KEY_USER,
				TestDevices.API_KEY, true, Duration.ofSeconds(30), message -> {
					message.acknowledge();
					into.add(message);
				});
	}

	static byte[] json(double waterLevel) {
		return ("{\"values\":{\"waterLevel\":" + waterLevel + "}}").getBytes(StandardCharsets.UTF_8);
	}
}
