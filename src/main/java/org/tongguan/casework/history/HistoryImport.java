package org.tongguan.casework.history;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongguan.casework.internal.Actor;
import org.tongguan.casework.internal.WorkingTime;
import org.tongguan.catalog.Catalog;
import org.tongguan.identity.Departments;
import org.tongguan.region.Regions;
import org.tongguan.shared.ConflictException;
import org.tongguan.shared.InvalidInputException;
import org.tongguan.shared.PlatformProperties;
import org.tongguan.shared.Violation;

/**
 * 历史案件导入 — imports past cases from a CSV file (UTF-8, header row) into the case store, so a city's history feeds
 * the statistics from day one. No workflow is started: imported cases are records of what happened (channel
 * HISTORY_IMPORT, {@code imported = true}) with one timeline entry noting the import.
 *
 * <p>The file is read as a stream: a reader thread parses and validates the rows (see {@link RowValidator},
 * {@link BatchReader}) while the importing thread stores the valid ones in JDBC batches, all inside the importing
 * thread's one transaction. By default
 * nothing is stored when any row is invalid (400 listing the problems with their line numbers); a partial import
 * stores the valid rows and reports the invalid ones. A row whose external id was imported before is skipped, so a
 * file can be imported again (e.g. after fixing the rows a partial import refused) without duplicating cases.
 *
 * <p>Values are read by code or exact name and through the value maps (值映射, {@link ValueMapping}); every rejected
 * row is kept for download ({@link RejectedRows}); cases still open are stored as imported backlog; without a filing
 * time, handling time counts from acceptance, else from the report (see {@link ImportReport.Derived}).
 */
@Service
public class HistoryImport {

	private final HistoryWriter writer;

	private final HistoryValueMaps valueMaps;

	private final RejectedRows rejectedRows;

	private final Catalog catalog;

	private final Departments departments;

	private final Regions regions;

	private final WorkingTime time;

	private final PlatformProperties platform;

	private final HistoryImportProperties properties;

	private final Clock clock;

	HistoryImport(HistoryWriter writer, HistoryValueMaps valueMaps, RejectedRows rejectedRows, Catalog catalog,
			Departments departments, Regions regions, WorkingTime time, PlatformProperties platform,
			HistoryImportProperties properties, Clock clock) {
		this.writer = writer;
		this.valueMaps = valueMaps;
		this.rejectedRows = rejectedRows;
		this.catalog = catalog;
		this.departments = departments;
		this.regions = regions;
		this.time = time;
		this.platform = platform;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Imports the cases of a CSV file with the stored value maps.
	 *
	 * @see #run(InputStream, Map, ValueMaps, boolean, Importer)
	 */
	@Transactional
	public ImportReport run(InputStream csv, Map<String, String> mapping, boolean partial, Importer importer) {
		return run(csv, mapping, ValueMaps.NONE, partial, importer);
	}

	/**
	 * Imports the cases of a CSV file.
	 *
	 * @param csv the file, UTF-8 with a header row
	 * @param mapping field name → column header for columns not named like the fields ({@link HistoryField})
	 * @param inline value maps sent with this import, each in place of the stored table of its field
	 * @param partial whether to store the valid rows when some are invalid
	 * @param importer who imports, named in each case's timeline, and the data scope every row must lie in
	 * @throws InvalidInputException when the file, its columns or a value map cannot be read
	 * @throws RejectedImportException (unless partial) when a row is invalid
	 */
	@Transactional
	public ImportReport run(InputStream csv, Map<String, String> mapping, ValueMaps inline, boolean partial,
			Importer importer) {
		CsvReader reader = new CsvReader(new InputStreamReader(csv, StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT)));
		try {
			if (!reader.next()) {
				throw new InvalidInputException("body", "the file is empty; it needs a header row and data rows");
			}
			String[] header = reader.fields();
			ColumnMapping columns = ColumnMapping.of(header, mapping);
			Instant now = clock.instant();
			References references = new References(catalog, departments, regions, importer.scope());
			ValueMapping values = ValueMapping.of(valueMaps.stored(), inline, references);
			RowValidator validator = new RowValidator(columns, references, values, new TimeText(platform.zone()),
					new HistoryDeadlines(time, now), now);
			ImportErrors errors = new ImportErrors(properties.maxErrors());
			Tally tally = store(new BatchReader(reader, validator, partial, properties.batchSize(),
					properties.maxRows(), errors), partial, importer.actor(), now);
			return report(tally, errors, header, partial, importer.actor());
		}
		catch (CsvFormatException e) {
			throw new InvalidInputException("The file is not valid CSV",
					List.of(new Violation("line " + e.line(), e.getMessage())));
		}
		catch (IOException e) {
			throw unreadable(e);
		}
		catch (UncheckedIOException e) {
			throw unreadable(e.getCause());
		}
		catch (DuplicateKeyException e) {
			throw new ConflictException("Another import stored some of these cases at the same time; import the "
					+ "file again and the cases already stored are skipped");
		}
	}

	/** Stores the batches the reader hands over while it reads on. */
	private Tally store(BatchReader batches, boolean partial, Actor importer, Instant now) {
		Thread reading = new Thread(batches, "history-import-reader");
		reading.setDaemon(true);
		reading.start();
		Tally tally = new Tally();
		try {
			for (List<HistoryCase> batch = batches.next(); !batch.isEmpty(); batch = batches.next()) {
				if (!partial && batches.invalid() > 0) {
					continue;
				}
				Set<String> before = writer.imported(batch.stream().map(HistoryCase::externalId).toList());
				List<HistoryCase> fresh = before.isEmpty() ? batch
						: batch.stream().filter(row -> !before.contains(row.externalId())).toList();
				writer.insert(fresh, importer, now);
				tally.stored(fresh);
				tally.skipped += batch.size() - fresh.size();
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("The history import was interrupted", e);
		}
		finally {
			batches.cancel();
		}
		tally.rows = batches.rows();
		tally.invalid = batches.invalid();
		return tally;
	}

	/**
	 * The answer; when rows were rejected, they are kept for download first, and unless the import is partial
	 * nothing is stored (the exception rolls the transaction back).
	 */
	private ImportReport report(Tally tally, ImportErrors errors, String[] header, boolean partial, Actor importer) {
		String importId = UUID.randomUUID().toString();
		String url = tally.invalid == 0 ? null : RejectedRows.url(importId);
		if (url != null) {
			rejectedRows.keep(importId, importer.username(), header, errors.rejected());
		}
		if (!partial && tally.invalid > 0) {
			throw new RejectedImportException(tally.invalid + " of " + tally.rows + " rows are invalid; nothing was "
					+ "stored (import with partial=true to store the valid rows; GET " + url + " lists every "
					+ "rejected row)", errors.list(url), importId);
		}
		return new ImportReport(importId, tally.rows, tally.imported, tally.skipped, tally.invalid, tally.backlog,
				new ImportReport.Derived(tally.fromAccepted, tally.fromReported), errors.list(url), url);
	}

	/** What the storing thread counted. */
	private static final class Tally {

		int rows;

		int imported;

		int skipped;

		int invalid;

		int backlog;

		int fromAccepted;

		int fromReported;

		void stored(List<HistoryCase> cases) {
			imported += cases.size();
			for (HistoryCase stored : cases) {
				backlog += stored.backlog() ? 1 : 0;
				if (stored.reached().filed() == null) {
					if (stored.reached().accepted() != null) {
						fromAccepted++;
					}
					else {
						fromReported++;
					}
				}
			}
		}
	}

	private static RuntimeException unreadable(IOException e) {
		return e instanceof CharacterCodingException ? new InvalidInputException("body", "the file is not UTF-8 text")
				: new UncheckedIOException(e);
	}
}
