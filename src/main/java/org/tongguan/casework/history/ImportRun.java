package org.tongguan.casework.history;

import java.time.Instant;
import java.util.List;

import org.tongguan.casework.history.csv.ColumnMapping;
import org.tongguan.casework.history.csv.HistoryField;
import org.tongguan.casework.history.row.BatchReader;
import org.tongguan.casework.history.row.HistoryCase;
import org.tongguan.casework.history.row.ImportErrors;
import org.tongguan.casework.timeline.Actor;

/**
 * One import as it runs, handed to what stores its batches.
 *
 * @param importer who imports
 * @param now when the import began, the imported cases' update time
 * @param columns the file's columns
 * @param width how many columns the header has
 * @param reader the rows read and found invalid so far
 * @param tally what was stored so far
 * @param errors the rejected rows
 */
record ImportRun(Actor importer, Instant now, ColumnMapping columns, int width, BatchReader reader,
		ImportTally tally, ImportErrors errors) {

	/** Rejects a row whose external id an earlier line of the file has, found while storing. */
	void repeated(HistoryCase row) {
		errors.add(row.line(), columns.recordOf(HistoryField.EXTERNAL_ID, row.externalId(), width), List.of(
				"externalId: '" + row.externalId() + "' is already on an earlier line of this file"));
		tally.repeated++;
	}

	/** The rows found invalid so far. */
	int invalid() {
		return reader.invalid() + tally.repeated;
	}

	/** Stores the valid batches of one import: in the request's transaction, or an import job's batch by batch. */
	@FunctionalInterface
	interface Storage {

		/** Stores one batch of valid rows, skipping those imported before and counting in the run's tally. */
		void store(List<HistoryCase> batch, ImportRun run) throws InterruptedException;
	}

	/**
	 * How an import reads.
	 *
	 * @param batchSize rows stored together
	 * @param maxRows the most data rows the file may have
	 * @param rememberIds whether the reader keeps every external id to find one repeated (else the storage does)
	 * @param queued how many batches the reader may read ahead of the storing thread (each held in memory)
	 */
	record Limits(int batchSize, int maxRows, boolean rememberIds, int queued) {
	}
}
