package org.tongguan.casework.map;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongguan.casework.CaseStage;
import org.tongguan.casework.Channel;
import org.tongguan.casework.internal.CaseworkProperties;
import org.tongguan.casework.store.SqlValues;

/**
 * Keeps the {@link CaseMapSnapshot} the case clusters are counted from — the cases reported within
 * {@code tongguan.casework.map-window} (90 days by default), so that its memory stays bounded however long the city's
 * history — at most {@code tongguan.casework.map-max-age} old: a tile that finds it older has it refreshed in the background and is
 * drawn from the one it has (with a max age of zero, refreshed first). A refresh reads the table again only when its
 * row count or latest change differs from the snapshot's. Every node keeps its own, so a change on one node shows on
 * every node's clusters within the max age.
 */
@Component
class CaseMapIndex implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(CaseMapIndex.class);

	private static final String CASES = "SELECT longitude, latitude, reported_at, stage, channel, category_code, "
			+ "lead_department, region_code FROM casework_case "
			+ "WHERE backlog = FALSE AND longitude IS NOT NULL AND latitude IS NOT NULL AND reported_at >= ?";

	private final JdbcTemplate jdbc;

	private final TransactionTemplate readOnly;

	private final Duration maxAge;

	private final Duration window;

	private final Clock clock;

	private final ExecutorService refresher = Executors.newSingleThreadExecutor(task -> {
		Thread thread = new Thread(task, "case-map-refresh");
		thread.setDaemon(true);
		return thread;
	});

	private final AtomicBoolean refreshing = new AtomicBoolean();

	private volatile Loaded loaded;

	CaseMapIndex(DataSource dataSource, PlatformTransactionManager transactions, CaseworkProperties properties,
			Clock clock) {
		this.jdbc = new JdbcTemplate(dataSource);
		this.jdbc.setFetchSize(10_000);
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
		this.maxAge = properties.mapMaxAge();
		this.window = properties.mapWindow();
		this.clock = clock;
	}

	/** Loads the first snapshot once the platform is ready, so that no tile request waits for it. */
	@EventListener(ApplicationReadyEvent.class)
	void warm() {
		refreshInBackground();
	}

	/** The snapshot to draw from now, and the report time its cases start at. */
	Cases current() {
		Loaded now = loaded;
		if (now == null || maxAge.isZero()) {
			now = refresh();
		}
		else if (System.nanoTime() - now.checkedAt() > maxAge.toNanos()) {
			refreshInBackground();
		}
		return new Cases(now.snapshot(), now.fingerprint().since());
	}

	/**
	 * The cases on the map.
	 *
	 * @param snapshot the cases reported since the start, sorted for counting clusters
	 * @param since the earliest report time the snapshot holds every case of
	 */
	record Cases(CaseMapSnapshot snapshot, Instant since) {
	}

	@Override
	public void destroy() {
		refresher.shutdownNow();
	}

	private void refreshInBackground() {
		if (refreshing.compareAndSet(false, true)) {
			refresher.execute(() -> {
				try {
					refresh();
				}
				catch (RuntimeException e) {
					log.warn("Could not refresh the case map: {}", e.toString());
				}
				finally {
					refreshing.set(false);
				}
			});
		}
	}

	/** Reads the table again when it changed since the snapshot; answers the snapshot to use. */
	private synchronized Loaded refresh() {
		long started = System.nanoTime();
		Instant since = clock.instant().minus(window).truncatedTo(ChronoUnit.HOURS);
		Fingerprint now = readOnly.execute(status -> jdbc.queryForObject(
				"SELECT COUNT(*) AS n, MAX(updated_at) AS latest FROM casework_case",
				(rs, row) -> new Fingerprint(rs.getLong("n"), SqlValues.instant(rs, "latest"), since)));
		Loaded previous = loaded;
		if (previous != null && previous.fingerprint().equals(now)) {
			loaded = new Loaded(previous.snapshot(), now, started);
			return loaded;
		}
		CaseMapSnapshot.Builder rows = new CaseMapSnapshot.Builder((int) Math.min(now.rows(), 1 << 24));
		readOnly.executeWithoutResult(status -> jdbc.query(CASES, rs -> {
			rows.add(rs.getDouble("longitude"), rs.getDouble("latitude"), SqlValues.instant(rs, "reported_at"),
					CaseStage.valueOf(rs.getString("stage")), Channel.valueOf(rs.getString("channel")),
					rs.getString("category_code"), rs.getString("lead_department"), rs.getString("region_code"));
		}, SqlValues.bind(since)));
		CaseMapSnapshot snapshot = rows.build();
		loaded = new Loaded(snapshot, now, started);
		log.debug("Case map: {} cases in {} ms", snapshot.size(), (System.nanoTime() - started) / 1_000_000);
		return loaded;
	}

	/** What identifies a state of the table and the window: its rows, its latest change and the window's start. */
	private record Fingerprint(long rows, Instant latestChange, Instant since) {
	}

	/** A snapshot, the state of the table it was read from, and when ({@link System#nanoTime()}) that was confirmed. */
	private record Loaded(CaseMapSnapshot snapshot, Fingerprint fingerprint, long checkedAt) {
	}
}
