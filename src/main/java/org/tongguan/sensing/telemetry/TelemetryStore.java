package org.tongguan.sensing.telemetry;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.tongguan.sensing.ingest.Callbacks;
import org.tongguan.sensing.ingest.IngestCallback;
import org.tongguan.sensing.ingest.Reading;
import org.tongguan.sensing.ingest.Rejection;
import org.tongguan.sensing.ingest.TelemetryProperties;
import org.tongguan.sensing.ingest.TelemetrySink;

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

	private volatile boolean running;

	private volatile long stopDeadline = Long.MAX_VALUE;

	private Thread writer;

	TelemetryStore(TelemetryProperties properties, DataSource dataSource, LatestValues latest,
			LatestSnapshot snapshot, MeterRegistry meters) {
		this.settings = properties.store();
		this.capacity = settings.queueCapacity();
		this.free = new AtomicInteger(capacity);
		this.dataSource = dataSource;
		this.latest = latest;
		this.snapshot = snapshot;
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
	}

	@Override
	public boolean reserve() {
		if (!running) {
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
		running = true;
		writer = new Thread(this::write, "sensing-telemetry-writer");
		writer.setDaemon(true);
		writer.start();
	}

	@Override
	public void stop() {
		stopDeadline = System.nanoTime() + settings.shutdownTimeout().toNanos();
		running = false;
		try {
			writer.join(settings.shutdownTimeout().toMillis() + 1000);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		if (writer.isAlive()) {
			log.warn("The telemetry writer did not finish within {}; {} messages may be lost",
					settings.shutdownTimeout(), capacity - free.get());
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	/** Starts before and stops after the transports and the web server, so what they accepted gets stored. */
	@Override
	public int getPhase() {
		return 0;
	}

	/** The writer thread: until stopped and every reserved place is stored. */
	private void write() {
		List<Pending> batch = new ArrayList<>();
		RowBuffer buffer = new RowBuffer();
		long saveInterval = settings.latestSaveInterval().toNanos();
		long nextSave = System.nanoTime() + saveInterval;
		while (running || free.get() < capacity) {
			try {
				if (collect(batch, buffer)) {
					flush(batch, buffer);
				}
				if (System.nanoTime() - nextSave >= 0) {
					nextSave = System.nanoTime() + saveInterval;
					saveLatest();
				}
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException e) {
				log.error("The telemetry writer failed; it goes on", e);
			}
			finally {
				free.addAndGet(batch.size());
				batch.clear();
				buffer.clear();
			}
		}
		saveLatest();
	}

	/**
	 * Collects the next batch: waits for a first message, then for more until the rows or the flush interval are up,
	 * or no message came for a moment (a transport that waits for its acknowledgements sends nothing more meanwhile).
	 */
	private boolean collect(List<Pending> batch, RowBuffer buffer) throws InterruptedException {
		Pending first = queue.poll(100, TimeUnit.MILLISECONDS);
		if (first == null) {
			return false;
		}
		long deadline = System.nanoTime() + settings.flushInterval().toNanos();
		long idle = settings.flushWhenIdle().toNanos();
		for (Pending next = first; next != null; ) {
			batch.add(next);
			for (Reading reading : next.readings()) {
				buffer.add(reading);
			}
			if (buffer.size >= settings.flushRows()) {
				break;
			}
			next = queue.poll();
			if (next == null) {
				long wait = Math.min(deadline - System.nanoTime(), idle);
				next = wait > 0 ? queue.poll(wait, TimeUnit.NANOSECONDS) : null;
			}
		}
		return true;
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
				ReadingRows.insert(connection, buffer);
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
	}
}
