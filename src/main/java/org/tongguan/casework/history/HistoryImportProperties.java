package org.tongguan.casework.history;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the history import.
 *
 * @param batchSize how many cases go to the database in one JDBC batch
 * @param maxErrors the most problems one import lists (the count of invalid rows is always complete)
 */
@ConfigurationProperties("tongguan.casework.history-import")
record HistoryImportProperties(@DefaultValue("1000") int batchSize, @DefaultValue("1000") int maxErrors) {

	HistoryImportProperties {
		if (batchSize < 1 || maxErrors < 1) {
			throw new IllegalArgumentException("tongguan.casework.history-import: batch-size and max-errors must be "
					+ "positive");
		}
	}
}
