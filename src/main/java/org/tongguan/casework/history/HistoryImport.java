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
 */
@Service
public class HistoryImport {

	private final HistoryWriter writer;

	private final Catalog catalog;

	private final Departments departments;

	private final Regions regions;

	private final WorkingTime time;

	private final PlatformProperties platform;

	private final HistoryImportProperties properties;

	private final Clock clock;

	HistoryImport(HistoryWriter writer, Catalog catalog, Departments departments, Regions regions,
			WorkingTime time, PlatformProperties platform, HistoryImportProperties properties,
			Clock clock) {
		this.writer = writer;
		this.catalog = catalog;
		this.departments = departments;
		this.regions = regions;
		this.time = time;
		this.platform = platform;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Imports the cases of a CSV file.
	 *
	 * @param csv the file, UTF-8 with a header row
	 * @param mapping field name → column header for columns not named like the fields ({@link HistoryField})
	 * @param partial whether to store the valid rows when some are invalid
	 * @param importer who imports, named in each case's timeline
	 * @throws InvalidInputException when the file or its columns cannot be read, or (unless partial) a row is invalid
	 */
	@Transactional
	public ImportReport run(InputStream csv, Map<String, String> mapping, boolean partial, Actor importer) {
		CsvReader reader = new CsvReader(new InputStreamReader(csv, StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT)));
		try {
			if (!reader.next()) {
				throw new InvalidInputException("body", "the file is empty; it needs a header row and data rows");
			}
			ColumnMapping columns = ColumnMapping.of(reader.fields(), mapping);
			Instant now = clock.instant();
			RowValidator validator = new RowValidator(columns, new References(catalog, departments, regions),
					new TimeText(platform.zone()), new HistoryDeadlines(time, now), now);
			ImportErrors errors = new ImportErrors(properties.maxErrors());
			return store(new BatchReader(reader, validator, partial, properties.batchSize(), properties.maxRows(),
					errors), partial, errors, importer, now);
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
	private ImportReport store(BatchReader batches, boolean partial, ImportErrors errors, Actor importer,
			Instant now) {
		Thread reading = new Thread(batches, "history-import-reader");
		reading.setDaemon(true);
		reading.start();
		int imported = 0;
		int skipped = 0;
		try {
			for (List<HistoryCase> batch = batches.next(); !batch.isEmpty(); batch = batches.next()) {
				if (!partial && batches.invalid() > 0) {
					continue;
				}
				Set<String> before = writer.imported(batch.stream().map(HistoryCase::externalId).toList());
				List<HistoryCase> fresh = before.isEmpty() ? batch
						: batch.stream().filter(row -> !before.contains(row.externalId())).toList();
				writer.insert(fresh, importer, now);
				imported += fresh.size();
				skipped += batch.size() - fresh.size();
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("The history import was interrupted", e);
		}
		finally {
			batches.cancel();
		}
		if (!partial && batches.invalid() > 0) {
			throw new InvalidInputException(batches.invalid() + " of " + batches.rows() + " rows are invalid; nothing "
					+ "was stored (import with partial=true to store the valid rows)", errors.list());
		}
		return new ImportReport(batches.rows(), imported, skipped, batches.invalid(), errors.list());
	}

	private static RuntimeException unreadable(IOException e) {
		return e instanceof CharacterCodingException ? new InvalidInputException("body", "the file is not UTF-8 text")
				: new UncheckedIOException(e);
	}
}
