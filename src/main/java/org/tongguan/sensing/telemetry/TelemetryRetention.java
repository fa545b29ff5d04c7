package org.tongguan.sensing.telemetry;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.tongguan.sensing.ingest.TelemetryProperties;

/**
 * 数据保留 — every {@code retention-check-interval}, deletes the readings measured longer than {@code retention} ago.
 * It goes series by series (device metric, as the latest values know them) along the series index, each statement
 * deleting at most one day of one series in its own transaction, so it never holds many locks for long and the store
 * needs no index by time alone.
 */
@Component
class TelemetryRetention implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(TelemetryRetention.class);

	private static final long DAY = Duration.ofDays(1).toMillis();

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final Duration retention;

	private final Duration interval;

	private ScheduledExecutorService thread;

	private volatile boolean stopping;

	TelemetryRetention(JdbcTemplate jdbc, Clock clock, TelemetryProperties properties) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.retention = properties.retention();
		this.interval = properties.retentionCheckInterval();
	}

	/** Deletes every reading past the retention; returns how many. */
	long deleteExpired() {
		long cutoff = clock.millis() - retention.toMillis();
		List<Series> series = jdbc.query("SELECT device_id, metric FROM sensing_latest_reading",
				(row, number) -> new Series(row.getLong(1), row.getString(2)));
		long deleted = 0;
		for (Series one : series) {
			if (stopping) {
				break;
			}
			for (Long oldest = oldest(one); oldest != null && oldest < cutoff; oldest = oldest(one)) {
				deleted += jdbc.update("DELETE FROM sensing_reading WHERE device_id = ? AND metric = ? "
						+ "AND measured_at < ?", one.device(), one.metric(), Math.min(cutoff, oldest + DAY));
			}
		}
		return deleted;
	}

	private Long oldest(Series series) {
		return jdbc.query("SELECT measured_at FROM sensing_reading WHERE device_id = ? AND metric = ? "
				+ "ORDER BY measured_at LIMIT 1", row -> row.next() ? row.getLong(1) : null, series.device(),
				series.metric());
	}

	private void run() {
		try {
			long deleted = deleteExpired();
			if (deleted > 0) {
				log.info("Deleted {} readings older than {}", deleted, retention);
			}
		}
		catch (RuntimeException e) {
			log.error("Deleting old readings failed; trying again in {}", interval, e);
		}
	}

	@Override
	public void start() {
		stopping = false;
		thread = Executors.newSingleThreadScheduledExecutor(task -> {
			Thread retention = new Thread(task, "sensing-retention");
			retention.setDaemon(true);
			return retention;
		});
		thread.scheduleWithFixedDelay(this::run, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
	}

	/** Lets a running deletion finish its series (an interrupt could close an H2 file) and stops scheduling. */
	@Override
	public void stop() {
		stopping = true;
		thread.shutdown();
		thread = null;
	}

	@Override
	public boolean isRunning() {
		return thread != null;
	}

	/** One device metric. */
	private record Series(long device, String metric) {
	}
}
