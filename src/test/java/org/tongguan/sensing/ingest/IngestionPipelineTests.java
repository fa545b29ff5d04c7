package org.tongguan.sensing.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.tongguan.sensing.device.DeviceDirectory;
import org.tongguan.sensing.device.DeviceId;
import org.tongguan.sensing.device.DeviceStatus;
import org.tongguan.sensing.device.RegisteredDevice;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/** The pipeline with a sink, listeners and activity the test watches, and a clock it moves; no Spring. */
class IngestionPipelineTests {

	private static final byte[] GOOD = json("{\"values\": {\"waterLevel\": 0.3, \"battery\": 80}}");

	private final AtomicLong now = new AtomicLong(Instant.parse("2026-11-23T01:00:00Z").toEpochMilli());

	private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	private final RejectionCounters counters = new RejectionCounters(meters);

	private final List<Reading> heard = new ArrayList<>();

	private final List<Long> seen = new ArrayList<>();

	private final Sink sink = new Sink();

	private final DeviceDirectory directory = mock(DeviceDirectory.class);

	private final RegisteredDevice device = TelemetryDevices.waterLevel(1);

	private final RegisteredDevice other = TelemetryDevices.waterLevel(2);

	private final IngestionPipeline pipeline = pipeline("rate.messages-per-second", "2", "rate.burst", "5",
			"rate.tolerance", "0s");

	@Test
	void showsAcceptedReadingsToEveryListenerInOrderThenStoresThem() {
		Outcome outcome = new Outcome();

		pipeline.accept(device, json("[{\"values\": {\"waterLevel\": 0.1}}, {\"values\": {\"waterLevel\": 0.2}}]"),
				outcome);

		assertThat(heard).extracting(reading -> reading.values().get("waterLevel")).containsExactly(0.1, 0.1, 0.2, 0.2);
		assertThat(sink.stored).singleElement().satisfies(readings -> assertThat(readings).hasSize(2));
		assertThat(outcome.rejection).isNull();
		assertThat(seen).containsExactly(1L);
		assertThat(meters.get("tongguan.sensing.messages.accepted").counter().count()).isEqualTo(1);
	}

	@Test
	void rejectsAtOnceCountsPerDeviceAndReasonAndStillNotesActivity() {
		Outcome outcome = new Outcome();

		pipeline.accept(device, json("{\"values\": {\"waterLevel\": 99}}"), outcome);
		pipeline.accept(device, json("{\"values\": "), new Outcome());

		assertThat(outcome.rejection).isEqualTo(Rejection.OUT_OF_RANGE);
		assertThat(outcome.detail).contains("waterLevel");
		assertThat(heard).isEmpty();
		assertThat(sink.stored).isEmpty();
		assertThat(seen).containsExactly(1L, 1L);
		assertThat(counters.of(new DeviceId(1))).containsExactlyInAnyOrderEntriesOf(
				Map.of(Rejection.OUT_OF_RANGE, 1L, Rejection.MALFORMED_JSON, 1L));
		assertThat(counters.of(new DeviceId(2))).isEmpty();
		assertThat(meters.get("tongguan.sensing.rejections").tag("reason", "OUT_OF_RANGE").counter().count())
			.isEqualTo(1);
	}

	@Test
	void limitsAFloodingDeviceWithoutSlowingAnother() {
		List<Outcome> flood = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			flood.add(new Outcome());
			pipeline.accept(device, GOOD, flood.get(i));
		}
		Outcome neighbour = new Outcome();
		pipeline.accept(other, GOOD, neighbour);

		assertThat(flood).filteredOn(outcome -> outcome.rejection == null).hasSize(5);
		assertThat(flood).filteredOn(outcome -> outcome.rejection == Rejection.RATE_LIMITED).hasSize(15);
		assertThat(neighbour.rejection).isNull();
		assertThat(counters.of(new DeviceId(1))).containsEntry(Rejection.RATE_LIMITED, 15L);

		now.addAndGet(1000);
		Outcome later = new Outcome();
		pipeline.accept(device, GOOD, later);
		assertThat(later.rejection).isNull();
	}

	/**
	 * The documented budget (bursts of 50, then 10 per second, 5 s tolerance): the device sends 95 % of its burst at
	 * once, then paces itself at 95 % of its rate. Its messages take up to 4 s to arrive: those of the first 4 s are
	 * held up (a slow connection, a pause of the broker) and arrive together, the rest with delays anywhere between.
	 */
	@Test
	void neverRefusesADeviceWithinItsBudgetWhoseMessagesArriveWithVaryingDelays() {
		IngestionPipeline documented = pipeline();
		Random delays = new Random(7);
		long start = now.get();
		long heldUpUntil = start + 4000;
		List<Long> arrivals = new ArrayList<>(Collections.nCopies(47, heldUpUntil));
		for (int i = 1; i <= 2000; i++) {
			long sent = start + Math.round(i * 1000 / 9.5);
			arrivals.add(sent < heldUpUntil ? heldUpUntil : sent + delays.nextInt(4000));
		}
		Collections.sort(arrivals);

		List<Outcome> outcomes = new ArrayList<>();
		for (long arrival : arrivals) {
			now.set(arrival);
			Outcome outcome = new Outcome();
			documented.accept(device, GOOD, outcome);
			outcomes.add(outcome);
		}

		assertThat(outcomes).filteredOn(outcome -> outcome.rejection != null).isEmpty();
		assertThat(sink.stored).hasSize(2047);
	}

	@Test
	void rejectsInactiveDevicesAndOversizeMessagesBeforeParsing() {
		Outcome maintenance = new Outcome();
		Outcome oversize = new Outcome();

		pipeline.accept(TelemetryDevices.device(3, DeviceStatus.MAINTENANCE), GOOD, maintenance);
		pipeline.accept(device, new byte[16 * 1024 + 1], oversize);

		assertThat(maintenance.rejection).isEqualTo(Rejection.DEVICE_NOT_ACTIVE);
		assertThat(oversize.rejection).isEqualTo(Rejection.OVERSIZE);
		assertThat(seen).containsExactly(3L, 1L);
	}

	@Test
	void rejectsAsOverloadedWhenTheStoreIsFullBeforeAnyListenerSeesTheReading() {
		sink.full = true;
		Outcome outcome = new Outcome();

		pipeline.accept(device, GOOD, outcome);

		assertThat(outcome.rejection).isEqualTo(Rejection.OVERLOADED);
		assertThat(heard).isEmpty();
		assertThat(counters.of(new DeviceId(1))).containsEntry(Rejection.OVERLOADED, 1L);
	}

	@Test
	void countsAFailingListenerAndGoesOn() {
		IngestionPipeline failing = new IngestionPipeline(TelemetryDevices.properties(),
				List.of(reading -> {
					throw new IllegalStateException("broken");
				}, heard::add), sink, (device, at) -> seen.add(device.id().value()), counters, directory, clock(),
				meters);
		Outcome outcome = new Outcome();

		failing.accept(device, GOOD, outcome);

		assertThat(heard).hasSize(1);
		assertThat(sink.stored).hasSize(1);
		assertThat(outcome.rejection).isNull();
		assertThat(meters.get("tongguan.sensing.listener.failures").counters())
			.extracting(counter -> counter.count())
			.containsOnlyOnce(1.0);
	}

	@Test
	void countsTransportRejectionsPerRegisteredDeviceOrAsUnregistered() {
		when(directory.find("WL-1")).thenReturn(Optional.of(device));
		when(directory.find("nobody")).thenReturn(Optional.empty());

		pipeline.rejected("WL-1", Rejection.FOREIGN_TOPIC);
		pipeline.rejected("WL-1", Rejection.BAD_CREDENTIALS);
		pipeline.rejected("nobody", Rejection.UNKNOWN_DEVICE);

		assertThat(counters.of(new DeviceId(1))).containsOnly(Map.entry(Rejection.FOREIGN_TOPIC, 1L),
				Map.entry(Rejection.BAD_CREDENTIALS, 1L));
		assertThat(counters.unregistered()).containsOnly(Map.entry(Rejection.UNKNOWN_DEVICE, 1L));
		assertThat(seen).as("only an authenticated device's message is activity").containsExactly(1L);
	}

	@Test
	void acceptsTheGoodElementsOfABatchAndRejectsTheOthers() throws Exception {
		BatchOutcome outcome = pipeline.acceptBatch(device, json("[{\"values\": {\"waterLevel\": 0.3}}, "
				+ "{\"values\": {\"rainfall\": 3}}, {\"values\": {\"battery\": 70}}]")).get();

		assertThat(outcome.rejection()).isNull();
		assertThat(outcome.elements()).extracting(ElementOutcome::rejection)
			.containsExactly(null, Rejection.UNKNOWN_METRIC, null);
		assertThat(sink.stored).singleElement().satisfies(readings -> assertThat(readings).hasSize(2));
		assertThat(counters.of(new DeviceId(1))).containsOnly(Map.entry(Rejection.UNKNOWN_METRIC, 1L));
	}

	@Test
	void turnsTheAcceptedElementsOfABatchIntoRejectionsWhenStoringIsGivenUp() throws Exception {
		sink.giveUp = true;

		BatchOutcome outcome = pipeline.acceptBatch(device, json("[{\"values\": {\"waterLevel\": 0.3}}, "
				+ "{\"values\": {\"waterLevel\": -3}}]")).get();

		assertThat(outcome.elements()).extracting(ElementOutcome::rejection)
			.containsExactly(Rejection.OVERLOADED, Rejection.OUT_OF_RANGE);
	}

	@Test
	void rejectsAnUnreadableBatchAsAWhole() throws Exception {
		BatchOutcome outcome = pipeline.acceptBatch(device, json("not json")).get();

		assertThat(outcome.rejection()).isEqualTo(Rejection.MALFORMED_JSON);
		assertThat(outcome.elements()).isEmpty();
		assertThat(counters.of(new DeviceId(1))).containsOnly(Map.entry(Rejection.MALFORMED_JSON, 1L));
	}

	private IngestionPipeline pipeline(String... settings) {
		return new IngestionPipeline(TelemetryDevices.properties(settings), List.of(heard::add, heard::add), sink,
				(device, at) -> seen.add(device.id().value()), counters, directory, clock(), meters);
	}

	private Clock clock() {
		Clock clock = mock(Clock.class);
		when(clock.millis()).thenAnswer(invocation -> now.get());
		return clock;
	}

	private static byte[] json(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	/** A store the test fills or fails. */
	private static final class Sink implements TelemetrySink {

		final List<List<Reading>> stored = new ArrayList<>();

		boolean full;

		boolean giveUp;

		@Override
		public boolean reserve() {
			return !full;
		}

		@Override
		public void store(List<Reading> readings, IngestCallback callback) {
			if (giveUp) {
				callback.rejected(Rejection.OVERLOADED, "given up");
				return;
			}
			stored.add(readings);
			callback.stored();
		}
	}

	/** What the callback heard. */
	private static final class Outcome implements IngestCallback {

		Rejection rejection;

		String detail;

		boolean stored;

		@Override
		public void stored() {
			stored = true;
		}

		@Override
		public void rejected(Rejection reason, String text) {
			rejection = reason;
			detail = text;
		}
	}
}
