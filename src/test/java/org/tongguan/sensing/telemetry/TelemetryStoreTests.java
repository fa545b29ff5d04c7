package org.tongguan.sensing.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongguan.sensing.device.DeviceId;
import org.tongguan.sensing.device.RegisteredDevice;
import org.tongguan.sensing.ingest.IngestCallback;
import org.tongguan.sensing.ingest.Reading;
import org.tongguan.sensing.ingest.Rejection;
import org.tongguan.sensing.ingest.TelemetryDevices;
import org.tongguan.shared.PlatformProperties;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/** The store's writer on an H2 database of its own whose connections the test can make fail. */
class TelemetryStoreTests {

	private static final String STORED = "stored";

	private static final Instant AT = Instant.parse("2026-11-23T01:00:00Z");

	private final FlakyDataSource dataSource = new FlakyDataSource();

	private final JdbcTemplate jdbc = new JdbcTemplate(dataSource);

	private final Map<Integer, String> outcomes = new ConcurrentHashMap<>();

	private final RegisteredDevice device = TelemetryDevices.waterLevel(5);

	private LatestValues latest = new LatestValues();

	private TelemetryStore store;

	TelemetryStoreTests() {
		new ResourceDatabasePopulator(new ClassPathResource("db/migration/sensing/V2026_11_21_0710__telemetry.sql"),
				new ClassPathResource("db/migration/sensing/V2026_12_07_1700__daily_readings.sql"))
			.execute(dataSource);
	}

	@AfterEach
	void stop() {
		if (store.isRunning()) {
			store.stop();
		}
	}

	@Test
	void storesARowPerValueAndConfirmsEachMessageAfterTheCommit() {
		start();

		offer(1, reading(AT, "waterLevel", 0.25, "battery", 80.0));
		offer(2, reading(AT.plusSeconds(1), "waterLevel", 0.5));

		await().until(() -> outcomes.size() == 2);
		assertThat(outcomes).containsOnly(Map.entry(1, STORED), Map.entry(2, STORED));
		assertThat(jdbc.queryForList("SELECT device_id, metric, measured_at, measurement FROM sensing_reading "
				+ "ORDER BY measured_at, metric"))
			.extracting(row -> List.copyOf(row.values()))
			.containsExactly(List.of(5L, "battery", AT.toEpochMilli(), 80.0),
					List.of(5L, "waterLevel", AT.toEpochMilli(), 0.25),
					List.of(5L, "waterLevel", AT.toEpochMilli() + 1000, 0.5));
	}

	@Test
	void addsEachFlushToTheDayTotalsOfTheDevicesDistrictByTheCityDay() {
		start();
		Instant midnight = Instant.parse("2026-11-23T16:00:00Z");

		offer(1, reading(midnight.minusSeconds(60), "waterLevel", 0.2, "battery", 80.0));
		offer(2, reading(midnight, "waterLevel", 0.4));
		offer(3, reading(midnight.plusSeconds(60), "waterLevel", 0.1));

		await().until(() -> outcomes.size() == 3);
		assertThat(jdbc.queryForList("""
				SELECT device_type, metric, district_code, reading_day, readings, total, minimum, maximum
				FROM sensing_daily_reading ORDER BY reading_day, metric"""))
			.extracting(row -> List.copyOf(row.values()).toString())
			.containsExactly("[water-level, battery, 440304, 2026-11-23, 1, 80.0, 80.0, 80.0]",
					"[water-level, waterLevel, 440304, 2026-11-23, 1, 0.2, 0.2, 0.2]",
					"[water-level, waterLevel, 440304, 2026-11-24, 2, 0.5, 0.1, 0.4]");
	}

	@Test
	void storesEveryMessageOfConcurrentSendersExactlyOnce() throws InterruptedException {
		start("store.flush-rows", "500");
		List<Thread> senders = new ArrayList<>();
		for (int thread = 0; thread < 4; thread++) {
			int first = thread * 2000;
			Thread sender = new Thread(() -> {
				for (int number = first; number < first + 2000; number++) {
					offer(number, reading(AT.plusMillis(number), "waterLevel", 0.1));
				}
			});
			sender.start();
			senders.add(sender);
		}
		for (Thread sender : senders) {
			sender.join();
		}

		await().until(() -> outcomes.size() == 8000);
		assertThat(outcomes.values()).containsOnly(STORED);
		assertThat(rows()).isEqualTo(8000);
		assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT measured_at) FROM sensing_reading", Integer.class))
			.isEqualTo(8000);
	}

	@Test
	void retriesAFailedFlushAndConfirmsOnceStored() throws InterruptedException {
		start();
		dataSource.failing = true;

		offer(1, reading(AT, "waterLevel", 0.25));
		Thread.sleep(400);
		assertThat(outcomes).isEmpty();
		dataSource.failing = false;

		await().until(() -> outcomes.size() == 1);
		assertThat(outcomes).containsEntry(1, STORED);
		assertThat(rows()).isEqualTo(1);
	}

	@Test
	void givesUpAfterTheConfiguredTimeAndRejectsTheMessagesAsOverloaded() {
		start("store.give-up-after", "300ms");
		dataSource.failing = true;

		offer(1, reading(AT, "waterLevel", 0.25));

		await().until(() -> outcomes.size() == 1);
		assertThat(outcomes).containsEntry(1, Rejection.OVERLOADED.name());
	}

	@Test
	void refusesPlacesBeyondTheQueueCapacityUntilMessagesAreStored() {
		start("store.queue-capacity", "2");
		dataSource.failing = true;

		offer(1, reading(AT, "waterLevel", 0.1));
		offer(2, reading(AT, "waterLevel", 0.2));
		assertThat(store.reserve()).isFalse();

		dataSource.failing = false;
		await().until(() -> outcomes.size() == 2);
		await().until(store::reserve);
	}

	@Test
	void storesWhatIsQueuedWhenStoppingAndTakesNothingAfterwards() {
		start("store.flush-interval", "30s", "store.flush-rows", "1000");

		offer(1, reading(AT, "waterLevel", 0.1));
		offer(2, reading(AT, "waterLevel", 0.2));
		store.stop();

		assertThat(outcomes).hasSize(2);
		assertThat(rows()).isEqualTo(2);
		assertThat(store.reserve()).isFalse();
	}

	@Test
	void savesTheLatestValuesOnStoppingAndRestoresThemOnStart() {
		start();
		latest.onReading(reading(AT, "waterLevel", 0.3, "battery", 77.0));
		latest.onReading(reading(AT.minusSeconds(60), "waterLevel", 0.9));
		store.stop();

		latest = new LatestValues();
		start();

		assertThat(latest.of(new DeviceId(5))).containsExactlyInAnyOrder(new LatestValue("waterLevel", 0.3, AT),
				new LatestValue("battery", 77.0, AT));
	}

	private void start(String... settings) {
		store = new TelemetryStore(TelemetryDevices.properties(settings), dataSource, latest,
				new LatestSnapshot(jdbc, new TransactionTemplate(new DataSourceTransactionManager(dataSource))),
				new SimpleMeterRegistry(), new PlatformProperties(ZoneId.of("Asia/Shanghai"), false, null));
		store.start();
	}

	/** Queues a message; its outcome ({@link #STORED} or the rejection) is noted under its number. */
	private void offer(int number, Reading reading) {
		assertThat(store.reserve()).isTrue();
		store.store(List.of(reading), new IngestCallback() {

			@Override
			public void stored() {
				outcomes.put(number, STORED);
			}

			@Override
			public void rejected(Rejection reason, String detail) {
				outcomes.put(number, reason.name());
			}
		});
	}

	private Reading reading(Instant at, Object... values) {
		Map<String, Double> map = new LinkedHashMap<>();
		for (int i = 0; i < values.length; i += 2) {
			map.put((String) values[i], (Double) values[i + 1]);
		}
		return new Reading(device, at, at, map);
	}

	private int rows() {
		return jdbc.queryForObject("SELECT COUNT(*) FROM sensing_reading", Integer.class);
	}

	/** An in-memory H2 database whose connections fail while {@code failing} is set. */
	private static final class FlakyDataSource extends DelegatingDataSource {

		volatile boolean failing;

		FlakyDataSource() {
			super(new DriverManagerDataSource("jdbc:h2:mem:store_" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"));
		}

		@Override
		public Connection getConnection() throws SQLException {
			if (failing) {
				throw new SQLException("The database is down (test)");
			}
			return super.getConnection();
		}
	}
}
