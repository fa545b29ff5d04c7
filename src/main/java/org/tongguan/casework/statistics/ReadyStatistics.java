package org.tongguan.casework.statistics;

import java.sql.Date;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongguan.calendar.SpecialDaysReplaced;
import org.tongguan.calendar.WorkingCalendar;
import org.tongguan.casework.statistics.ready.CellDeltas;
import org.tongguan.casework.statistics.ready.Contribution;
import org.tongguan.casework.statistics.ready.ContributionStore;
import org.tongguan.casework.statistics.ready.Contributions;
import org.tongguan.casework.statistics.ready.ImportCells;
import org.tongguan.casework.statistics.ready.SliceStore;
import org.tongguan.shared.PlatformProperties;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Folds the cases marked pending by {@link org.tongguan.casework.store.StatisticsLedger} into the statistics' ready data (decision 0015): per
 * chunk of pending changes, each case's last contribution is taken out of the cells and its current one put in; up to
 * ten chunks share a transaction and the slices it holds in memory. Statistics queries catch up before they read, and a
 * background task every few seconds; a history import job merges its own cases ({@link ImportStatistics}); when the working calendar changes, the working handling times of the cases that
 * closed in the affected years are computed again.
 */
@Service
public class ReadyStatistics {

	/**
	 * Pending changes folded at once: large enough that the cases of an import (in time order) share their cells;
	 * small enough that the chunk's changes stay within the README's heap.
	 */
	private static final int CHUNK = 10_000;

	/**
	 * Chunks folded in one transaction at most, when so many are pending: the slices the transaction changes are
	 * held in memory between its chunks and written about once (a case's events reach a month of days ahead, so
	 * the chunks of an import change mostly the same slices), rather than once per chunk.
	 */
	private static final int CHUNKS_PER_TRANSACTION = 10;

	/**
	 * The next chunk of pending changes, leaving out those of cases whose import has not merged them into the slices
	 * yet ({@link ImportStatistics}): they are folded once it has.
	 */
	private static final String PENDING = """
			SELECT seq, case_id, recalculate FROM casework_statistics_pending p
			WHERE NOT EXISTS (SELECT 1 FROM casework_statistics_import i JOIN casework_case c ON c.import_job = i.job
				WHERE c.id = p.case_id AND c.id > COALESCE(i.merged_through, 0))
			ORDER BY seq FETCH FIRST %d ROWS ONLY""".formatted(CHUNK);

	private final JdbcClient jdbc;

	private final ContributionStore contributions;

	private final SliceStore slices;

	private final Contributions compute;

	private final TransactionTemplate separately;

	private final ReentrantLock folding = new ReentrantLock();

	/** The catch-ups that found pending changes, from the call to the last commit (waiting for another fold included). */
	private final Timer catchUps;

	ReadyStatistics(JdbcClient jdbc, ContributionStore contributions, SliceStore slices,
			WorkingCalendar calendar, PlatformProperties platform, PlatformTransactionManager transactions,
			MeterRegistry meters) {
		this.jdbc = jdbc;
		this.catchUps = Timer.builder("tongguan.statistics.catch-up")
			.description("Statistics catch-ups that found pending case changes: waiting for the fold and folding")
			.register(meters);
		this.contributions = contributions;
		this.slices = slices;
		this.compute = new Contributions(platform.zone(), calendar);
		this.separately = new TransactionTemplate(transactions);
		this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Folds every pending change into the ready data; safe to call at any time, from any thread. A caller arriving
	 * while another thread folds waits for it here rather than on the database's lock, which times out. With no
	 * pending change committed (the fold deletes them as it commits) it returns at once: no lock and no transaction,
	 * which on H2 would write to the file for every statistics query. A catch-up that finds pending changes is timed
	 * as {@code tongguan.statistics.catch-up} (a statistics query pays it before it reads).
	 */
	public void catchUp() {
		if (jdbc.sql("SELECT 1 FROM casework_statistics_pending FETCH FIRST 1 ROWS ONLY").query(Integer.class)
			.optional()
			.isEmpty()) {
			return;
		}
		catchUps.record(() -> {
			folding.lock();
			try {
				while (Boolean.TRUE.equals(separately.execute(status -> foldChunks()))) {
					// each transaction commits on its own, so memory stays bounded however many cases are pending
				}
			}
			finally {
				folding.unlock();
			}
		});
	}

	/**
	 * Merges an import's cells into the slices in a transaction of its own, holding the fold's locks, and records in
	 * the same transaction which cases they hold.
	 */
	void merge(ImportCells cells, Runnable recordMerged) {
		folding.lock();
		try {
			separately.executeWithoutResult(status -> {
				jdbc.sql("SELECT id FROM casework_statistics_fold WHERE id = 1 FOR UPDATE").query(Integer.class)
					.single();
				slices.merge(cells);
				recordMerged.run();
			});
		}
		finally {
			folding.unlock();
		}
	}

	@Scheduled(initialDelay = 10, fixedDelay = 5, timeUnit = TimeUnit.SECONDS)
	void catchUpInBackground() {
		catchUp();
	}

	/**
	 * New special days may move the working time of every case that closed in or after their first year: marks them
	 * pending for a new working time in the import's own transaction, so no answer after it uses the old calendar.
	 */
	@EventListener
	void on(SpecialDaysReplaced replaced) {
		if (replaced.years().isEmpty()) {
			return;
		}
		LocalDate first = LocalDate.of(replaced.years().get(0), 1, 1);
		jdbc.sql("""
				INSERT INTO casework_statistics_pending (case_id, recalculate)
				SELECT case_id, TRUE FROM casework_statistics_case
				WHERE working_seconds IS NOT NULL AND closed_day >= :first""")
			.param("first", Date.valueOf(first))
			.update();
	}

	/** Folds chunks of pending changes in one transaction; answers whether more may be pending. */
	private boolean foldChunks() {
		jdbc.sql("SELECT id FROM casework_statistics_fold WHERE id = 1 FOR UPDATE").query(Integer.class).single();
		SliceStore.Writes writes = slices.writes();
		boolean full = true;
		for (int chunk = 0; chunk < CHUNKS_PER_TRANSACTION && full; chunk++) {
			full = foldChunk(writes) == CHUNK;
		}
		writes.write();
		return full;
	}

	/** Folds the next chunk of pending changes; answers how many it folded. */
	private int foldChunk(SliceStore.Writes writes) {
		List<Long> seqs = new ArrayList<>();
		Map<Long, Boolean> cases = new LinkedHashMap<>();
		jdbc.sql(PENDING).query((ResultSet row) -> {
					seqs.add(row.getLong("seq"));
					cases.merge(row.getLong("case_id"), row.getBoolean("recalculate"), Boolean::logicalOr);
				});
		if (seqs.isEmpty()) {
			return 0;
		}
		Map<Long, Contribution> before = contributions.find(cases.keySet());
		List<Contribution> now = new ArrayList<>();
		CellDeltas deltas = new CellDeltas();
		before.values().forEach(deltas::subtract);
		for (List<Long> part : ContributionStore.parts(cases.keySet())) {
			jdbc.sql("SELECT " + Contributions.COLUMNS + " FROM casework_case WHERE id IN (:ids)")
				.param("ids", part)
				.query((ResultSet row) -> {
					long id = row.getLong("id");
					Contribution current = compute.of(row, before.get(id), cases.get(id));
					now.add(current);
					deltas.add(current);
				});
		}
		contributions.replace(before.keySet(), now);
		slices.apply(deltas, writes);
		for (List<Long> part : ContributionStore.parts(seqs)) {
			jdbc.sql("DELETE FROM casework_statistics_pending WHERE seq IN (:seqs)").param("seqs", part).update();
		}
		return seqs.size();
	}
}
