package org.tongguan.casework.history.row;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import org.tongguan.casework.history.csv.CsvFormatException;
import org.tongguan.casework.history.csv.CsvReader;
import org.tongguan.shared.InvalidInputException;

/**
 * Reads and validates the rows of a history file on a thread of its own and hands the valid ones over in batches,
 * so that parsing and validation run on one core while the importing thread writes to the database on the other.
 * An external id that appears twice is invalid on its second line (found here when the reader remembers the ids it
 * read; an import job, which must not hold every id of a large file, finds it in the database as it stores). Unless
 * the import is partial, no batch is handed over once a row was invalid (the rest is still validated, to report
 * every problem).
 */
public final class BatchReader implements Runnable {

	/** Handed over after the last batch. */
	private static final List<HistoryCase> END = List.of();

	private final CsvReader reader;

	private final RowValidator validator;

	private final boolean partial;

	private final int batchSize;

	private final int maxRows;

	private final ImportErrors errors;

	private final BlockingQueue<List<HistoryCase>> batches;

	/** The line of each external id read so far; {@code null} when the reader does not remember them. */
	private final Map<String, Integer> lines;

	private volatile boolean cancelled;

	private volatile RuntimeException failure;

	private volatile int rows;

	private volatile int invalid;

	public BatchReader(CsvReader reader, RowValidator validator, boolean partial, int batchSize, int maxRows,
			ImportErrors errors, boolean rememberIds, int queued) {
		this.reader = reader;
		this.batches = new ArrayBlockingQueue<>(queued);
		this.lines = rememberIds ? new HashMap<>() : null;
		this.validator = validator;
		this.partial = partial;
		this.batchSize = batchSize;
		this.maxRows = maxRows;
		this.errors = errors;
	}

	@Override
	public void run() {
		try {
			readAll();
		}
		catch (IOException e) {
			failure = new UncheckedIOException(e);
		}
		catch (RuntimeException e) {
			failure = e;
		}
		hand(END);
	}

	/**
	 * The next batch of valid rows, empty after the last one.
	 *
	 * @throws RuntimeException what stopped the reading: {@link CsvFormatException}, {@link UncheckedIOException},
	 * {@link InvalidInputException} for a file with too many rows
	 */
	public List<HistoryCase> next() throws InterruptedException {
		List<HistoryCase> batch = batches.take();
		if (batch == END && failure != null) {
			throw failure;
		}
		return batch;
	}

	/** Stops reading, e.g. because storing failed; the reading thread ends soon after. */
	public void cancel() {
		cancelled = true;
		batches.clear();
	}

	/** The data rows read so far. */
	public int rows() {
		return rows;
	}

	/** The invalid rows found so far. */
	public int invalid() {
		return invalid;
	}

	private void readAll() throws IOException {
		List<String> problems = new ArrayList<>();
		List<HistoryCase> batch = new ArrayList<>(batchSize);
		while (!cancelled && reader.next()) {
			if (++rows > maxRows) {
				throw new InvalidInputException("body", "the file has more than " + maxRows + " data rows; split it "
						+ "into several files (rows already imported are skipped when a file is imported again)");
			}
			problems.clear();
			HistoryCase valid = validator.validate(reader, problems);
			Integer earlier = valid == null || lines == null ? null : lines.putIfAbsent(valid.externalId(), reader.line());
			if (earlier != null) {
				problems.add("externalId: '" + valid.externalId() + "' is already on line " + earlier);
			}
			if (!problems.isEmpty()) {
				invalid++;
				errors.add(reader.line(), reader.fields(), problems);
			}
			else if (partial || invalid == 0) {
				batch.add(valid);
				if (batch.size() == batchSize) {
					hand(batch);
					batch = new ArrayList<>(batchSize);
				}
			}
		}
		if (!batch.isEmpty() && (partial || invalid == 0)) {
			hand(batch);
		}
	}

	private void hand(List<HistoryCase> batch) {
		try {
			while (!cancelled && !batches.offer(batch, 100, TimeUnit.MILLISECONDS)) {
				// the importing thread is busy storing; wait for room
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			cancelled = true;
		}
	}
}
