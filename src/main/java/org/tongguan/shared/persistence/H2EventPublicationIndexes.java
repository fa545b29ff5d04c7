package org.tongguan.shared.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * On H2, after the migrations of every start, rebuilds the plain indexes of Spring Modulith's event publication table
 * from its rows. H2 can come back from a crash (kill -9) with an entry missing from such an index, and the start
 * itself then fails: it republishes the outstanding publications and marks each completed, and that update cannot
 * remove the row's old index entry (CI, 2026-12-07: "Row not found when trying to delete from index
 * EVENT_PUBLICATION_BY_COMPLETION_DATE_IDX"; decision 0012). The table holds only the last days of completed
 * publications ({@code CompletedPublicationsPurge}), so the rebuild takes little time. On a fresh database the table
 * does not exist yet (Modulith creates it after Flyway) and there is nothing to do; PostgreSQL needs nothing.
 */
@Component
class H2EventPublicationIndexes extends H2StartRepair {

	private static final Logger log = LoggerFactory.getLogger(H2EventPublicationIndexes.class);

	static final String TABLE = "EVENT_PUBLICATION";

	H2EventPublicationIndexes() {
		super("H2 event publication indexes");
	}

	@Override
	void repair(Statement statement) throws SQLException {
		long started = System.nanoTime();
		Map<String, List<String>> indexes = plainIndexes(statement);
		for (Map.Entry<String, List<String>> index : indexes.entrySet()) {
			statement.execute("DROP INDEX \"" + index.getKey() + "\"");
			statement.execute("CREATE INDEX \"" + index.getKey() + "\" ON \"" + TABLE + "\" ("
					+ String.join(", ", index.getValue()) + ")");
		}
		if (!indexes.isEmpty()) {
			log.info("Rebuilt the {} indexes of {} in {} ms", indexes.size(), TABLE,
					(System.nanoTime() - started) / 1_000_000);
		}
	}

	/** Each index of the table that backs no constraint → its quoted columns in order, with their ordering. */
	private static Map<String, List<String>> plainIndexes(Statement statement) throws SQLException {
		Map<String, List<String>> indexes = new LinkedHashMap<>();
		try (ResultSet columns = statement.executeQuery("""
				SELECT c.INDEX_NAME, c.COLUMN_NAME, c.ORDERING_SPECIFICATION
				FROM INFORMATION_SCHEMA.INDEXES i JOIN INFORMATION_SCHEMA.INDEX_COLUMNS c
					ON c.INDEX_SCHEMA = i.INDEX_SCHEMA AND c.INDEX_NAME = i.INDEX_NAME
				WHERE i.TABLE_SCHEMA = CURRENT_SCHEMA AND i.TABLE_NAME = '%s' AND i.INDEX_TYPE_NAME = 'INDEX'
					AND NOT i.IS_GENERATED
				ORDER BY c.INDEX_NAME, c.ORDINAL_POSITION""".formatted(TABLE))) {
			while (columns.next()) {
				indexes.computeIfAbsent(columns.getString(1), name -> new ArrayList<>())
					.add("\"" + columns.getString(2) + "\" " + columns.getString(3));
			}
		}
		return indexes;
	}
}
