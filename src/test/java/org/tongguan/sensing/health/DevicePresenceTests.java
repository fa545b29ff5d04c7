package org.tongguan.sensing.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tongguan.support.TestClock;
import org.tongguan.sensing.DemoGauges;
import org.tongguan.sensing.DeviceOffline;
import org.tongguan.sensing.DeviceOnline;
import org.tongguan.sensing.TelemetryTest;
import org.tongguan.sensing.device.DeviceDirectory;
import org.tongguan.sensing.device.RegisteredDevice;
import org.tongguan.sensing.ingest.IngestCallback;
import org.tongguan.sensing.ingest.Rejection;
import org.tongguan.sensing.ingest.TelemetryIngestion;
import org.tongguan.support.CityTime;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Online and offline (在线/离线) as the platform clock moves: the scan, the events kept by the event publication
 * registry, and the stored presence a restart starts from.
 */
@TelemetryTest
class DevicePresenceTests {

	private static final byte[] READING = "{\"values\": {\"waterLevel\": 0.02}}".getBytes(StandardCharsets.UTF_8);

	private static final IngestCallback IGNORED = new IngestCallback() {

		@Override
		public void stored() {
		}

		@Override
		public void rejected(Rejection reason, String detail) {
		}
	};

	@Autowired
	TelemetryIngestion ingestion;

	@Autowired
	DeviceDirectory directory;

	@Autowired
	DevicePresence presence;

	@Autowired
	OfflineScan scan;

	@Autowired
	PresenceStore store;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MeterRegistry meters;

	@Test
	void marksASilentDeviceOfflineAfterItsTypesTimeoutAndOnlineAgainWithItsNextMessage() {
		RegisteredDevice gauge = DemoGauges.gauge(directory, "440305", 0);
		Instant first = clock.instant();

		ingestion.accept(gauge, READING, IGNORED);
		await().until(() -> presence.of(gauge.id()).state() == PresenceState.ONLINE);
		assertThat(events(DeviceOnline.class, gauge)).hasSize(1);

		clock.advance(Duration.ofMinutes(10));
		scan.scanNow();
		assertThat(presence.of(gauge.id()).state()).isEqualTo(PresenceState.ONLINE);

		clock.advance(Duration.ofSeconds(1));
		scan.scanNow();
		assertThat(presence.of(gauge.id())).isEqualTo(new PresenceView(PresenceState.OFFLINE, first,
				clock.instant()));
		assertThat(events(DeviceOffline.class, gauge)).singleElement()
			.satisfies(event -> assertThat(event).contains(CityTime.of(first)));
		assertThat(meters.get("tongguan.sensing.devices").tag("state", "offline").gauge().value()).isPositive();

		scan.scanNow();
		assertThat(events(DeviceOffline.class, gauge)).hasSize(1);

		ingestion.accept(gauge, "{oops".getBytes(StandardCharsets.UTF_8), IGNORED);
		await().until(() -> presence.of(gauge.id()).state() == PresenceState.ONLINE);
		assertThat(events(DeviceOnline.class, gauge)).hasSize(2);
	}

	@Test
	void leavesDevicesOfTypesWithoutTimeoutOnline() {
		RegisteredDevice camera = directory.all().stream()
			.filter(device -> device.type().camera())
			.findFirst()
			.orElseThrow();

		ingestion.accept(camera, READING, IGNORED);
		await().until(() -> presence.of(camera.id()).state() == PresenceState.ONLINE);
		clock.advance(Duration.ofHours(3));
		scan.scanNow();

		assertThat(presence.of(camera.id()).state()).isEqualTo(PresenceState.ONLINE);
		assertThat(OfflineScan.monitored(camera)).isFalse();
	}

	@Test
	void startsFromTheStoredPresenceAfterARestart() {
		RegisteredDevice gauge = DemoGauges.gauge(directory, "440305", 1);
		ingestion.accept(gauge, READING, IGNORED);
		await().until(() -> presence.of(gauge.id()).state() == PresenceState.ONLINE);
		clock.advance(Duration.ofMinutes(11));
		scan.scanNow();

		DevicePresence restarted = new DevicePresence(store, null, meters);
		restarted.afterPropertiesSet();

		assertThat(restarted.of(gauge.id()).state()).isEqualTo(PresenceState.OFFLINE);
		assertThat(restarted.of(DemoGauges.gauge(directory, "440305", 2).id()).state())
			.isEqualTo(PresenceState.NEVER_SEEN);
	}

	/** The serialized events of this type about the device that the event publication registry holds. */
	private List<String> events(Class<?> type, RegisteredDevice device) {
		return jdbc.sql("SELECT serialized_event FROM event_publication WHERE event_type = ? "
				+ "AND serialized_event LIKE ? ORDER BY publication_date")
			.params(type.getName(), "%\"" + device.code().value() + "\"%")
			.query(String.class)
			.list();
	}
}
