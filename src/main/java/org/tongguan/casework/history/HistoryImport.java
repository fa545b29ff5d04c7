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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongguan.casework.CaseId;
import org.tongguan.casework.deadline.WorkingTime;
import org.tongguan.casework.event.CaseHistoryImported;
import org.tongguan.casework.history.csv.ColumnMapping;
import org.tongguan.casework.history.csv.CsvFormatException;
import org.tongguan.casework.history.csv.CsvReader;
import org.tongguan.casework.history.csv.HistoryField;
import org.tongguan.casework.history.mapping.References;
import org.tongguan.casework.history.mapping.ValueMapping;
import org.tongguan.casework.history.row.BatchReader;
import org.tongguan.casework.history.row.HistoryCase;
import org.tongguan.casework.history.row.HistoryDeadlines;
import org.tongguan.casework.history.row.ImportErrors;
import org.tongguan.casework.history.row.RowValidator;
import org.tongguan.casework.history.row.TimeText;
import org.tongguan.casework.store.StatisticsLedger;
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
 * thread's one transaction (an import job, {@link HistoryImportJobs}, commits batch by batch instead). By default
 * nothing is stored when any row is invalid (400 listing the problems with their line numbers); a partial import
 * stores the valid rows and reports the invalid ones. A row whose external id was imported before is skipped, so a
 * file can be imported again (e.g. after fixing the rows a partial import refused) without duplicating cases.
 *
 * <p>Values are read by code or exact name and through the value maps (值映射, {@link ValueMapping}); every rejected
 * row is kept for download ({@link RejectedRows}); cases still open are stored as imported backlog; without a filing
 * time, handling time counts from acceptance, else from the report (see {@link ImportReport.Derived}). Imported cases
 * publish no case events; an import that stored cases publishes one {@link CaseHistoryImported} with the times and
 * regions they touch (the synchronous import inside its transaction, a job once it has succeeded).
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

	private final StatisticsLedger ledger;

	private final ApplicationEventPublisher events;

	HistoryImport(HistoryWriter writer, HistoryValueMaps valueMaps, RejectedRows rejectedRows, Catalog catalog,
			Departments departments, Regions regions, WorkingTime time, PlatformProperties platform,
			HistoryImportProperties properties, Clock clock, StatisticsLedger ledger, ApplicationEventPublisher events) {
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
		this.ledger = ledger;
		this.events = events;
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
	 * Imports the cases of a CSV file in the caller's (or a new) transaction, publishing {@link CaseHistoryImported}
	 * in it when it stored cases.
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
		ImportTally tally = new ImportTally();
		ImportReport report = read(csv, mapping, inline, partial, importer,
				new ImportRun.Limits(properties.batchSize(), properties.maxRows(), true, 4), this::storeTogether, tally);
		tally.imported().ifPresent(events::publishEvent);
		return report;
	}

	/**
	 * Checks what can be checked before the rows are read: the file's header, the column mapping and the value maps.
	 *
	 * @throws InvalidInputException when the file, its columns or a value map cannot be read
	 */
	void check(InputStream csv, Map<String, String> mapping, ValueMaps inline, Importer importer) {
		try {
			prepare(reader(csv), mapping, inline, importer);
		}
		catch (CsvFormatException e) {
			throw invalidCsv(e);
		}
		catch (IOException e) {
			throw unreadable(e);
		}
	}

	/**
	 * Reads the file and hands its valid rows to the storage in batches, counting what it stores in the tally; answers
	 * the report.
	 *
	 * @throws InvalidInputException when the file, its columns or a value map cannot be read
	 * @throws RejectedImportException (unless partial) when a row is invalid; the storage's transaction decides
	 * what becomes of the rows already stored
	 */
	ImportReport read(InputStream csv, Map<String, String> mapping, ValueMaps inline, boolean partial,
			Importer importer, ImportRun.Limits limits, ImportRun.Storage storage, ImportTally tally) {
		CsvReader reader = reader(csv);
		try {
			Prepared prepared = prepare(reader, mapping, inline, importer);
			ImportErrors errors = new ImportErrors(properties.maxErrors());
			BatchReader batches = new BatchReader(reader, prepared.validator(), partial, limits.batchSize(),
					limits.maxRows(), errors, limits.rememberIds(), limits.queued());
			ImportRun run = new ImportRun(importer.actor(), prepared.now(), prepared.columns(),
					prepared.header().length, batches, tally, errors);
			store(batches, partial, run, storage);
			return report(run, prepared.header(), partial);
		}
		catch (CsvFormatException e) {
			throw invalidCsv(e);
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

	private static CsvReader reader(InputStream csv) {
		return new CsvReader(new InputStreamReader(csv, StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT)));
	}

	/** Reads the header and sets up the row validation. */
	private Prepared prepare(CsvReader reader, Map<String, String> mapping, ValueMaps inline, Importer importer)
			throws IOException {
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
		return new Prepared(header, columns, validator, now);
	}

	/** What reading a file's rows needs from its header. */
	private record Prepared(String[] header, ColumnMapping columns, RowValidator validator, Instant now) {
	}

	/** Stores a batch in the transaction of the whole import. */
	private void storeTogether(List<HistoryCase> batch, ImportRun run) {
		Set<String> before = writer.imported(batch.stream().map(HistoryCase::externalId).toList()).keySet();
		List<HistoryCase> fresh = before.isEmpty() ? batch
				: batch.stream().filter(row -> !before.contains(row.externalId())).toList();
		long[] ids = writer.insert(fresh, run.importer(), run.now(), null);
		ledger.changed(caseIds(ids));
		run.tally().stored(fresh);
		run.tally().skipped += batch.size() - fresh.size();
	}

	/** The case ids of the stored cases, to mark them changed for the statistics. */
	static List<CaseId> caseIds(long[] ids) {
		List<CaseId> caseIds = new ArrayList<>(ids.length);
		for (long id : ids) {
			caseIds.add(new CaseId(id));
		}
		return caseIds;
	}

	/** Stores the batches the reader hands over while it reads on. */
	private static void store(BatchReader batches, boolean partial, ImportRun run, ImportRun.Storage storage) {
		Thread reading = new Thread(batches, "history-import-reader");
		reading.setDaemon(true);
		reading.start();
		try {
			for (List<HistoryCase> batch = batches.next(); !batch.isEmpty(); batch = batches.next()) {
				if (!partial && run.invalid() > 0) {
					continue;
				}
				storage.store(batch, run);
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("The history import was interrupted", e);
		}
		finally {
			batches.cancel();
		}
	}

	/**
	 * The answer; when rows were rejected, they are kept for download first, and unless the import is partial
	 * nothing is stored (the exception rolls the transaction back).
	 */
	private ImportReport report(ImportRun run, String[] header, boolean partial) {
		ImportTally tally = run.tally();
		ImportErrors errors = run.errors();
		int rows = run.reader().rows();
		int invalid = run.invalid();
		String importId = UUID.randomUUID().toString();
		String url = invalid == 0 ? null : RejectedRows.url(importId);
		if (url != null) {
			rejectedRows.keep(importId, run.importer().username(), header, errors.rejected());
		}
		if (!partial && invalid > 0) {
			List<Violation> listed = errors.list(url);
			throw new RejectedImportException(invalid + " of " + rows + " rows are invalid; nothing was "
					+ "stored (import with partial=true to store the valid rows; GET " + url + " lists every "
					+ "rejected row)", listed, importId, new ImportReport(importId, rows, 0, tally.skipped,
							invalid, 0, new ImportReport.Derived(0, 0), listed, url));
		}
		return new ImportReport(importId, rows, tally.imported, tally.skipped, invalid, tally.backlog,
				new ImportReport.Derived(tally.fromAccepted, tally.fromReported), errors.list(url), url);
	}

	private static InvalidInputException invalidCsv(CsvFormatException e) {
		return new InvalidInputException("The file is not valid CSV",
				List.of(new Violation("line " + e.line(), e.getMessage())));
	}

	private static RuntimeException unreadable(IOException e) {
		return e instanceof CharacterCodingException ? new InvalidInputException("body", "the file is not UTF-8 text")
				: new UncheckedIOException(e);
	}
}
