package org.tongguan.casework.history;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongguan.casework.history.row.ImportErrors.RejectedRow;
import org.tongguan.casework.history.csv.Csv;
import org.tongguan.shared.NotFoundException;

/**
 * The rejected rows of each history import, kept so the whole list can be downloaded as CSV (not only the first
 * problems the answer lists): stored in a transaction of their own, so they survive an import that stores nothing,
 * and deleted after the configured time ({@code tongguan.casework.history-import.rejected-rows-kept}, 7 days).
 */
@Component
public class RejectedRows {

	private static final Logger log = LoggerFactory.getLogger(RejectedRows.class);

	private static final int BATCH = 500;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate separately;

	private final HistoryImportProperties properties;

	private final Clock clock;

	RejectedRows(JdbcTemplate jdbc, PlatformTransactionManager transactions, HistoryImportProperties properties,
			Clock clock) {
		this.jdbc = jdbc;
		this.separately = new TransactionTemplate(transactions);
		this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.properties = properties;
		this.clock = clock;
	}

	/** The path at which the rejected rows of an import are downloaded. */
	public static String url(String importId) {
		return "/api/admin/cases/history-import/" + importId + "/rejected";
	}

	/** Keeps the rejected rows of an import with the file's header, whatever becomes of the import's transaction. */
	void keep(String importId, String importer, String[] header, List<RejectedRow> rows) {
		separately.executeWithoutResult(status -> {
			jdbc.update("INSERT INTO casework_history_import (id, imported_by, imported_at, header, rejected_rows) "
					+ "VALUES (?, ?, ?, ?, ?)", importId, importer, time(clock.instant()), Csv.line(header),
					rows.size());
			for (int from = 0; from < rows.size(); from += BATCH) {
				List<RejectedRow> batch = rows.subList(from, Math.min(rows.size(), from + BATCH));
				jdbc.batchUpdate("INSERT INTO casework_history_rejected (import_id, line_number, reasons, fields) "
						+ "VALUES (?, ?, ?, ?)", batch, batch.size(), (insert, row) -> {
							insert.setString(1, importId);
							insert.setInt(2, row.line());
							insert.setString(3, row.reasons());
							insert.setString(4, Csv.line(row.fields()));
						});
			}
		});
	}

	/**
	 * Fails unless the rejected rows of the import are kept for this caller.
	 *
	 * @throws NotFoundException when there is no such import (or its rows were deleted), or another user ran it
	 */
	public void requireKept(String importId, String caller) {
		Integer kept = jdbc.queryForObject("SELECT COUNT(*) FROM casework_history_import WHERE id = ? AND "
				+ "imported_by = ?", Integer.class, importId, caller);
		if (kept == null || kept == 0) {
			throw new NotFoundException("No rejected rows of import " + importId + " (they are kept for "
					+ properties.rejectedRowsKept().toDays() + " days, for the administrator who imported)");
		}
	}

	/**
	 * Writes the rejected rows of an import as CSV: the columns {@code line} and {@code reasons}, then the file's own
	 * columns, one row per rejected line in file order. Fix the rows and import the file again: the two leading
	 * columns are no fields and are ignored.
	 */
	public void write(String importId, Writer out) {
		List<String> header = jdbc.query("SELECT header FROM casework_history_import WHERE id = ?",
				(rs, row) -> rs.getString(1), importId);
		if (header.isEmpty()) {
			throw new NotFoundException("No rejected rows of import " + importId);
		}
		try {
			out.write("line,reasons," + header.get(0) + "\r\n");
			jdbc.query("SELECT line_number, reasons, fields FROM casework_history_rejected WHERE import_id = ? "
					+ "ORDER BY line_number", rs -> {
						try {
							out.write(rs.getInt(1) + "," + Csv.field(rs.getString(2)) + "," + rs.getString(3)
									+ "\r\n");
						}
						catch (IOException e) {
							throw new UncheckedIOException(e);
						}
					}, importId);
			out.flush();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Deletes the rejected rows kept longer than the setting allows. */
	@Scheduled(initialDelay = 15, fixedDelay = 360, timeUnit = TimeUnit.MINUTES)
	void sweep() {
		try {
			int deleted = deleteExpired();
			if (deleted > 0) {
				log.info("Deleted the rejected rows of {} history imports older than {}", deleted,
						properties.rejectedRowsKept());
			}
		}
		catch (RuntimeException e) {
			log.warn("Could not delete old rejected rows of history imports; trying again later", e);
		}
	}

	/** Deletes the imports (and their rejected rows) kept longer than the setting; returns how many imports. */
	int deleteExpired() {
		Object before = time(clock.instant().minus(properties.rejectedRowsKept()));
		jdbc.update("DELETE FROM casework_history_rejected WHERE import_id IN (SELECT id FROM casework_history_import "
				+ "WHERE imported_at < ?)", before);
		return jdbc.update("DELETE FROM casework_history_import WHERE imported_at < ?", before);
	}

	private static Object time(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}
}
