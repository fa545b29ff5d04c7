package org.tongguan.shared.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.FileStore;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * On an H2 file database, rewrites the live pages of mostly dead chunks four times a second on a thread of its own,
 * the work of H2's own background housekeeping. The platform runs H2 with {@code WRITE_DELAY=0} so that every commit is on
 * disk before it is acknowledged (decision 0012), and that setting also stops H2's background thread: without this
 * the file only ever grows (17 GB, 12 % of it live, after importing 1,000,000 cases; docs/benchmarks.md). Chunks
 * emptied by the rewrite are reused once H2's retention time (45 s) has passed, so the file stays near its live data
 * plus what 45 s of writing adds.
 */
@Component
class H2StoreCompaction implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(H2StoreCompaction.class);

	/** Below this share of live data in the file's chunks, chunks are rewritten. */
	static final int TARGET_FILL_RATE = 50;

	/**
	 * At most about this many bytes of live pages are rewritten per round. The rewritten pages go into the next chunk
	 * H2 writes, beside the changes of the transactions, and H2 serializes a chunk in one heap buffer: 16 MB once a
	 * second made chunks of 36 MB during a large import, and the buffer's growth ran the README's heap out of memory
	 * (docs/benchmarks.md, 2026-12-07); 4 MB four times a second rewrites as much.
	 */
	static final int BYTES_PER_ROUND = 4 << 20;

	/** Milliseconds between rounds. */
	static final int ROUND_MILLIS = 250;

	private final DataSource dataSource;

	private ScheduledExecutorService rounds;

	/** The store found last, kept so that a round takes no pooled connection while the database stays open. */
	private volatile MVStore store;

	H2StoreCompaction(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	@Override
	public synchronized void start() {
		store = findStore();
		if (store == null) {
			return;
		}
		rounds = Executors.newSingleThreadScheduledExecutor(task -> {
			Thread thread = new Thread(task, "h2-compaction");
			thread.setDaemon(true);
			return thread;
		});
		rounds.scheduleWithFixedDelay(this::round, 5_000, ROUND_MILLIS, TimeUnit.MILLISECONDS);
	}

	@Override
	public synchronized void stop() {
		if (rounds != null) {
			rounds.shutdownNow();
			rounds = null;
		}
	}

	@Override
	public synchronized boolean isRunning() {
		return rounds != null;
	}

	/** One round: rewrites chunks when the file's live share is below the target. */
	void round() {
		try {
			if (store == null || store.isClosed()) {
				store = findStore();
			}
			MVStore open = store;
			if (open != null && open.getFileStore().getChunksFillRate() < TARGET_FILL_RATE) {
				open.compact(TARGET_FILL_RATE, BYTES_PER_ROUND);
			}
		}
		catch (RuntimeException e) {
			log.debug("H2 compaction round skipped", e);
		}
	}

	/** The store of the H2 file database behind the data source, or null for another database or H2 in memory. */
	private MVStore findStore() {
		try (Connection connection = dataSource.getConnection()) {
			if (!connection.isWrapperFor(JdbcConnection.class)) {
				return null;
			}
			MVStore found = ((SessionLocal) connection.unwrap(JdbcConnection.class).getSession()).getDatabase()
				.getStore()
				.getMvStore();
			FileStore<?> file = found.getFileStore();
			return file == null ? null : found;
		}
		catch (SQLException e) {
			log.debug("H2 compaction: no connection", e);
			return null;
		}
	}
}
