package org.tongguan.sensing.telemetry;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.tongguan.sensing.batching.BatchingWriter;
import org.tongguan.sensing.ingest.Callbacks;
import org.tongguan.sensing.ingest.IngestCallback;
import org.tongguan.sensing.ingest.Reading;
import org.tongguan.sensing.ingest.Rejection;
import org.tongguan.sensing.ingest.TelemetryProperties;
import org.tongguan.sensing.ingest.TelemetrySink;
import org.tongguan.shared.PlatformProperties;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * 遥测存储 — stores accepted readings durably in batches: one writer thread takes messages from a bounded queue and
 * writes them, a row per metric value, in one transaction per flush (at most {@code flush-rows} rows, a message
 * waiting at most {@code flush-interval} for others); then each message's callback hears {@code stored()}. A failed
 * flush is retried with backoff while the queue fills up (new messages are then rejected as overloaded); its
 * messages are rejected as overloaded only when it is given up. Stopping stores what is queued.
 */
@Component
public class TelemetryStore implements TelemetrySink, SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(TelemetryStore.class);

	private static final String GIVEN_UP = "The telemetry store could not store the message; send it again later";

	private final LinkedBlockingQueue<Pending> queue = new LinkedBlockingQueue<>();

	private final AtomicInteger free;

	private final int capacity;

	private final TelemetryProperties.Store settings;

	private final DataSource dataSource;

	private final LatestValues latest;

	private final LatestSnapshot snapshot;

	private final Counter rows;

	private final Counter givenUp;

	private final Timer flushes;

	private final BatchingWriter<Pending> writer;

	private final RowBuffer buffer = new RowBuffer();

	private final DailyTotals totals;

	private final long saveInterval;

	private long nextSave;

	private volatile long stopDeadline = Long.MAX_VALUE;

	TelemetryStore(TelemetryProperties properties, DataSource dataSource, LatestValues latest,
			LatestSnapshot snapshot, MeterRegistry meters, PlatformProperties platform) {
		this.settings = properties.store();
		this.capacity = settings.queueCapacity();
		this.free = new AtomicInteger(capacity);
		this.dataSource = dataSource;
		this.latest = latest;
		this.snapshot = snapshot;
		this.totals = new DailyTotals(platform.zone());
		this.rows = Counter.builder("tongguan.sensing.telemetry.rows").description("Metric values stored")
			.register(meters);
		this.givenUp = Counter.builder("tongguan.sensing.telemetry.given.up")
			.description("Messages whose storing was given up after retries")
			.register(meters);
		this.flushes = Timer.builder("tongguan.sensing.telemetry.flushes").description("Transactions of the writer")
			.register(meters);
		Gauge.builder("tongguan.sensing.telemetry.queue", this, store -> store.capacity - store.free.get())
			.description("Messages waiting to be stored")
			.register(meters);
		this.saveInterval = settings.latestSaveInterval().toNanos();
		this.writer = new BatchingWriter<>("sensing-telemetry-writer", true, queue,
				new BatchingWriter.Limits<>(settings.flushRows(), Pending::rows, settings.flushInterval(),
						settings.flushWhenIdle()),
				new Flushes(), () -> free.get() < capacity);
	}

	@Override
	public boolean reserve() {
		if (!writer.isRunning()) {
			return false;
		}
		for (int left = free.get(); left > 0; left = free.get()) {
			if (free.compareAndSet(left, left - 1)) {
				return true;
			}
		}
		return false;
	}

	@Override
	public void store(List<Reading> readings, IngestCallback callback) {
		queue.add(new Pending(readings, callback));
	}

	@Override
	public void start() {
		snapshot.restoreInto(latest);
		nextSave = System.nanoTime() + saveInterval;
		writer.start();
	}

	@Override
	public void stop() {
		stopDeadline = System.nanoTime() + settings.shutdownTimeout().toNanos();
		if (!writer.stop(settings.shutdownTimeout().plusSeconds(1))) {
			log.warn("The telemetry writer did not finish within {}; {} messages may be lost",
					settings.shutdownTimeout(), capacity - free.get());
		}
	}

	@Override
	public boolean isRunning() {
		return writer.isRunning();
	}

	/** Starts before and stops after the transports and the web server, so what they accepted gets stored. */
	@Override
	public int getPhase() {
		return 0;
	}

	/** The writer thread's work: flush each batch, save the latest values now and then and once at the end. */
	private final class Flushes implements BatchingWriter.Batches<Pending> {

		@Override
		public void write(List<Pending> batch) throws InterruptedException {
			for (Pending pending : batch) {
				for (Reading reading : pending.readings()) {
					buffer.add(reading);
				}
			}
			flush(batch, buffer);
		}

		@Override
		public void turned() {
			if (System.nanoTime() - nextSave >= 0) {
				nextSave = System.nanoTime() + saveInterval;
				saveLatest();
			}
		}

		@Override
		public void done(List<Pending> batch) {
			free.addAndGet(batch.size());
			buffer.clear();
		}

		@Override
		public void finished() {
			saveLatest();
		}
	}

	/** Writes the batch in one transaction (the pool resets auto-commit), retrying with backoff until it is stored or given up. */
	private void flush(List<Pending> batch, RowBuffer buffer) throws InterruptedException {
		long giveUpAt = System.nanoTime() + settings.giveUpAfter().toNanos();
		long backoff = 100;
		for (int attempt = 1;; attempt++) {
			long started = System.nanoTime();
			try {
				insert(buffer);
				flushes.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
				rows.increment(buffer.size);
				batch.forEach(pending -> Callbacks.stored(pending.callback()));
				if (attempt > 1) {
					log.info("Telemetry stored again after {} attempts", attempt);
				}
				return;
			}
			catch (SQLException | RuntimeException e) {
				long now = System.nanoTime();
				if (now - giveUpAt >= 0 || now - stopDeadline >= 0) {
					log.error("Gave up storing {} telemetry messages after {} attempts", batch.size(), attempt, e);
					givenUp.increment(batch.size());
					batch.forEach(pending -> Callbacks.rejected(pending.callback(), Rejection.OVERLOADED, GIVEN_UP));
					return;
				}
				if (attempt == 1) {
					log.warn("Cannot store telemetry; retrying with backoff", e);
				}
				Thread.sleep(backoff);
				backoff = Math.min(backoff * 2, 5000);
			}
		}
	}

	private void insert(RowBuffer buffer) throws SQLException {
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			try {
				ReadingRows.insert(connection, buffer, totals);
				connection.commit();
			}
			catch (SQLException | RuntimeException e) {
				try {
					connection.rollback();
				}
				catch (SQLException rollback) {
					e.addSuppressed(rollback);
				}
				throw e;
			}
		}
	}

	private void saveLatest() {
		try {
			snapshot.save(latest);
		}
		catch (RuntimeException e) {
			log.warn("Cannot save the latest values; trying again later", e);
		}
	}

	/** A message waiting to be stored. */
	private record Pending(List<Reading> readings, IngestCallback callback) {

		/** How many rows the message makes, one per metric value. */
		int rows() {
			int rows = 0;
			for (Reading reading : readings) {
				rows += reading.values().size();
			}
			return rows;
		}
	}
}
