package org.tongguan.casework.statistics;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.tongguan.calendar.WorkingCalendar;
import org.tongguan.casework.statistics.ready.Contribution;
import org.tongguan.casework.statistics.ready.ContributionStore;
import org.tongguan.casework.statistics.ready.Contributions;
import org.tongguan.casework.statistics.ready.ImportCells;
import org.tongguan.shared.PlatformProperties;

/**
 * The statistics' bulk path for history import jobs (decision 0015): a job hands over each batch's new cases as it
 * stores them; their contributions are stored in the batch's transaction and their cells held in primitive arrays
 * ({@link ImportCells}) and merged into the slices once per large block and at the job's end, not folded case by
 * case. Until a block is merged its cases' contributions are staged: {@code casework_statistics_import} records the
 * highest case id merged, the fold leaves changes of staged cases pending, and a rollback removes their
 * contributions rather than folding them away.
 */
@Service
public class ImportStatistics {

	private static final Logger log = LoggerFactory.getLogger(ImportStatistics.class);

	/** How long a merge waits for another fold (the background one, another node's) to let go of the slices. */
	private static final Duration PATIENCE = Duration.ofMinutes(30);

	private final JdbcClient jdbc;

	private final ContributionStore contributions;

	private final ReadyStatistics ready;

	private final Contributions compute;

	ImportStatistics(JdbcClient jdbc, ContributionStore contributions, ReadyStatistics ready,
			WorkingCalendar calendar, PlatformProperties platform) {
		this.jdbc = jdbc;
		this.contributions = contributions;
		this.ready = ready;
		this.compute = new Contributions(platform.zone(), calendar);
	}

	/**
	 * Begins taking in the cases of an import job: none of them is merged yet.
	 *
	 * @param cells how many cells to hold before merging them into the slices (about 150 bytes each; the job holds
	 * two such blocks, one filling while the other merges)
	 */
	public ImportedCases begin(String job, int cells) {
		jdbc.sql("INSERT INTO casework_statistics_import (job) VALUES (:job)").param("job", job).update();
		return new ImportedCases(job, cells);
	}

	/**
	 * The highest case id of the job whose contribution the slices count; {@link Long#MAX_VALUE} when the job has no
	 * record (it ended, or its cases were marked pending case by case).
	 */
	public long mergedThrough(String job) {
		return jdbc.sql("SELECT COALESCE(merged_through, 0) FROM casework_statistics_import WHERE job = :job")
			.param("job", job)
			.query(Long.class)
			.optional()
			.orElse(Long.MAX_VALUE);
	}

	/** Removes the staged contributions of removed cases that were never merged, in the caller's transaction. */
	public void forget(Collection<Long> caseIds) {
		contributions.delete(caseIds);
	}

	/** Ends the job's record: its cases count like any other from now on. */
	public void end(String job) {
		jdbc.sql("DELETE FROM casework_statistics_import WHERE job = :job").param("job", job).update();
	}

	/**
	 * The cases of one import job as the statistics take them in; used by the job's one thread. A full block of cells
	 * is merged on a thread of its own while the job stores the next batches into a second block; at most one merge
	 * runs at a time, so the blocks reach the slices in the order of their cases.
	 */
	public final class ImportedCases implements AutoCloseable {

		private final String job;

		private final ExecutorService merging;

		/** The cells of the cases taken in since the last merge began. */
		private Block filling;

		/** The block the last merge emptied, to fill next; {@code null} while that merge runs. */
		private Block spare;

		/** The merge running beside the storing, if any. */
		private Future<Block> running;

		/** The highest case id taken in. */
		private long last = 0;

		private ImportedCases(String job, int cells) {
			this.job = job;
			this.filling = new Block(new ImportCells(cells));
			this.spare = new Block(new ImportCells(cells));
			this.merging = Executors.newSingleThreadExecutor(task -> {
				Thread thread = new Thread(task, "history-import-merge");
				thread.setDaemon(true);
				return thread;
			});
		}

		/**
		 * Stores the contributions of new cases in the caller's transaction (the batch that stores the cases) and
		 * holds their cells; the cases come in increasing ids, batch after batch.
		 */
		public void add(List<CountedCase> cases) {
			List<Contribution> now = new ArrayList<>(cases.size());
			for (CountedCase c : cases) {
				Contribution contribution = compute.of(c, null, false);
				now.add(contribution);
				filling.cells.add(contribution);
				last = Math.max(last, c.id());
			}
			filling.cases += cases.size();
			contributions.insert(now);
		}

		/** Whether the cells held have reached their budget: time to {@link #merge()}. */
		public boolean full() {
			return filling.cells.full();
		}

		/**
		 * Hands the cells held to the merge thread, which merges them into the slices in a transaction of its own
		 * and records the cases merged; first waits for the merge before, and fails with it.
		 */
		public void merge() {
			if (filling.cells.isEmpty()) {
				return;
			}
			Block full = filling;
			full.through = last;
			filling = awaitMerge();
			running = merging.submit(() -> {
				full.merge();
				return full;
			});
		}

		/** Merges the rest and ends the job's record: every case of the job counts in the statistics. */
		public void finish() {
			merge();
			awaitMerge();
			end(job);
		}

		/**
		 * Waits for a merge still running (its failure is the job's, already reported or about to be) and stops the
		 * merge thread; a job that ends otherwise than by {@link #finish()} calls this before its cases are removed,
		 * so no merge changes the slices while they are.
		 */
		@Override
		public void close() {
			try {
				if (running != null) {
					running.get();
				}
			}
			catch (ExecutionException e) {
				log.debug("History import job {}: the last merge failed", job, e);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			finally {
				running = null;
				merging.shutdown();
			}
		}

		/** Waits for the running merge and answers the block to fill next, emptied. */
		private Block awaitMerge() {
			if (running == null) {
				return spare;
			}
			try {
				spare = running.get();
				running = null;
				return spare;
			}
			catch (ExecutionException e) {
				running = null;
				throw e.getCause() instanceof RuntimeException failure ? failure
						: new IllegalStateException("The statistics merge failed", e.getCause());
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while waiting for the statistics merge", e);
			}
		}

		/** A block of cells, the number of cases in it and the highest case id it holds once handed over. */
		private final class Block {

			private final ImportCells cells;

			private int cases;

			private long through;

			private Block(ImportCells cells) {
				this.cells = cells;
			}

			/**
			 * Merges the cells into the slices, recording the cases merged, then empties the block; waits while
			 * another fold holds the slices.
			 */
			private void merge() {
				long start = System.nanoTime();
				long until = start + PATIENCE.toNanos();
				while (true) {
					try {
						ready.merge(cells, () -> jdbc.sql("UPDATE casework_statistics_import SET merged_through = "
								+ ":last WHERE job = :job").param("last", through).param("job", job).update());
						log.info("History import job {}: merged the statistics cells of {} cases in {} ms", job,
								cases, (System.nanoTime() - start) / 1_000_000);
						cells.clear();
						cases = 0;
						return;
					}
					catch (TransientDataAccessException e) {
						if (System.nanoTime() > until) {
							throw e;
						}
						log.info("History import job {}: another fold holds the statistics; merging again", job);
					}
				}
			}
		}
	}
}
