package org.tongguan.sensing.ingest;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.springframework.stereotype.Component;
import org.tongguan.sensing.device.DeviceDirectory;
import org.tongguan.sensing.device.DeviceStatus;
import org.tongguan.sensing.device.RegisteredDevice;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * 接入 — telemetry from every transport: the device's activity is noted, then its status, the payload size and its
 * rate budget are checked, the payload is parsed and validated, a place in the store's queue is taken, every
 * {@link ReadingListener} sees the readings and the store gets them. Rejections are counted per device and reason and
 * told to the callback at once; nothing here blocks or throws for bad input.
 */
@Component
public class IngestionPipeline implements TelemetryIngestion {

	private static final String OVERLOADED = "The telemetry store is busy; send the message again later";

	private final PayloadParser parser;

	private final DeviceRateLimiter limiter;

	private final ReadingListeners listeners;

	private final TelemetrySink sink;

	private final DeviceActivity activity;

	private final RejectionCounters rejections;

	private final DeviceDirectory directory;

	private final Clock clock;

	private final long maxPayloadBytes;

	private final Counter accepted;

	IngestionPipeline(TelemetryProperties properties, List<ReadingListener> listeners, TelemetrySink sink,
			DeviceActivity activity, RejectionCounters rejections, DeviceDirectory directory, Clock clock,
			MeterRegistry meters) {
		this.parser = new PayloadParser(properties);
		this.limiter = new DeviceRateLimiter(properties.rate(), clock);
		this.listeners = new ReadingListeners(listeners, meters);
		this.sink = sink;
		this.activity = activity;
		this.rejections = rejections;
		this.directory = directory;
		this.clock = clock;
		this.maxPayloadBytes = properties.maxPayloadSize().toBytes();
		this.accepted = Counter.builder("tongguan.sensing.messages.accepted")
			.description("Device messages (or HTTP batch elements) accepted for storing")
			.register(meters);
	}

	@Override
	public void accept(RegisteredDevice device, byte[] payload, IngestCallback callback) {
		long now = clock.millis();
		List<Reading> readings;
		try {
			admit(device, payload, now);
			readings = parser.readings(device, payload, now);
			reserve();
		}
		catch (PayloadRejected rejected) {
			rejections.count(device.id(), rejected.reason());
			Callbacks.rejected(callback, rejected.reason(), rejected.detail());
			return;
		}
		for (Reading reading : readings) {
			listeners.notify(reading);
		}
		sink.store(readings, callback);
		accepted.increment();
	}

	/**
	 * Counts a message the transport rejected; unless the reason is a failed login, the device had authenticated, so
	 * the message counts as its activity.
	 */
	@Override
	public void rejected(String deviceCode, Rejection reason) {
		RegisteredDevice device = directory.find(deviceCode).orElse(null);
		if (device == null) {
			rejections.countUnregistered(reason);
			return;
		}
		rejections.count(device.id(), reason);
		if (reason != Rejection.UNKNOWN_DEVICE && reason != Rejection.BAD_CREDENTIALS) {
			activity.seen(device, clock.millis());
		}
	}

	/**
	 * Ingests an HTTP batch of an authenticated device: each element is validated on its own and the accepted ones
	 * are stored together; the outcome completes once they are stored (or storing them is given up). A batch that is
	 * unreadable as a whole, or not admitted, completes at once as rejected.
	 */
	public CompletableFuture<BatchOutcome> acceptBatch(RegisteredDevice device, byte[] body) {
		long now = clock.millis();
		List<ElementOutcome> outcomes;
		try {
			admit(device, body, now);
			outcomes = parser.elements(device, body, now);
		}
		catch (PayloadRejected rejected) {
			rejections.count(device.id(), rejected.reason());
			return CompletableFuture.completedFuture(BatchOutcome.rejected(rejected.reason(), rejected.detail()));
		}
		List<Reading> readings = new ArrayList<>(outcomes.size());
		for (ElementOutcome outcome : outcomes) {
			if (outcome.accepted()) {
				readings.add(outcome.reading());
			}
			else {
				rejections.count(device.id(), outcome.rejection());
			}
		}
		BatchOutcome batch = new BatchOutcome(null, null, outcomes);
		if (readings.isEmpty()) {
			return CompletableFuture.completedFuture(batch);
		}
		if (!sink.reserve()) {
			rejections.count(device.id(), Rejection.OVERLOADED);
			return CompletableFuture.completedFuture(BatchOutcome.rejected(Rejection.OVERLOADED, OVERLOADED));
		}
		readings.forEach(listeners::notify);
		CompletableFuture<BatchOutcome> outcome = new CompletableFuture<>();
		sink.store(readings, new IngestCallback() {

			@Override
			public void stored() {
				outcome.complete(batch);
			}

			@Override
			public void rejected(Rejection reason, String detail) {
				outcome.complete(batch.withAcceptedRejected(reason, detail));
			}
		});
		accepted.increment(readings.size());
		return outcome;
	}

	/** Notes the device's activity and checks what needs no parsing: status, size, rate. */
	private void admit(RegisteredDevice device, byte[] payload, long now) {
		activity.seen(device, now);
		if (device.status() != DeviceStatus.ACTIVE) {
			throw new PayloadRejected(Rejection.DEVICE_NOT_ACTIVE, "The device is " + device.status());
		}
		if (payload.length > maxPayloadBytes) {
			throw new PayloadRejected(Rejection.OVERSIZE, "A message has at most " + maxPayloadBytes + " bytes");
		}
		if (!limiter.tryAcquire(device.id())) {
			throw new PayloadRejected(Rejection.RATE_LIMITED, "The device sends faster than allowed");
		}
	}

	private void reserve() {
		if (!sink.reserve()) {
			throw new PayloadRejected(Rejection.OVERLOADED, OVERLOADED);
		}
	}
}
