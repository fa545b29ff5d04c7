package org.tongguan.casework.history;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the history import.
 *
 * @param batchSize how many cases are checked for earlier imports and stored together (best a multiple of 256, the
 * rows of one INSERT statement)
 * @param maxErrors the most problems one import lists (the count of invalid rows is always complete)
 * @param maxRows the most data rows one file of a synchronous import may have (one transaction); larger files go
 * through an import job
 * @param rejectedRowsKept how long the rejected rows of an import stay downloadable
 * @param jobBatchSize how many cases an import job stores and commits together
 * @param jobMaxRows the most data rows the file of an import job may have
 * @param jobMergeCells how many statistics cells a block of an import job holds (about 150 bytes each, in primitive
 * arrays) before it merges them into the statistics' slices; a job holds two blocks, one filling while the other
 * merges; more cells, fewer rewrites of the slices and more heap
 * @param jobAbandonedAfter how long a queued or running import job may go without a sign of life from its platform
 * node before it counts as abandoned (the node stopped) and its cases are removed
 */
@ConfigurationProperties("tongguan.casework.history-import")
record HistoryImportProperties(@DefaultValue("1024") int batchSize, @DefaultValue("1000") int maxErrors,
		@DefaultValue("1000000") int maxRows, @DefaultValue("7d") Duration rejectedRowsKept,
		@DefaultValue("4096") int jobBatchSize, @DefaultValue("100000000") int jobMaxRows,
		@DefaultValue("2m") Duration jobAbandonedAfter, @DefaultValue("65536") int jobMergeCells) {

	HistoryImportProperties {
		if (batchSize < 1 || maxErrors < 1 || maxRows < 1 || rejectedRowsKept.isNegative()
				|| rejectedRowsKept.isZero() || jobBatchSize < 1 || jobMaxRows < 1 || jobAbandonedAfter.isNegative()
				|| jobAbandonedAfter.isZero() || jobMergeCells < 1) {
			throw new IllegalArgumentException("tongguan.casework.history-import: batch-size, max-errors, max-rows, "
					+ "rejected-rows-kept, job-batch-size, job-max-rows, job-abandoned-after and job-merge-cells must be positive");
		}
	}
}
