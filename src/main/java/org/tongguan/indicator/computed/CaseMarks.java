package org.tongguan.indicator.computed;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongguan.indicator.Frequency;
import org.tongguan.indicator.Period;
import org.tongguan.region.RegionCode;

/**
 * The regions and periods whose case-based values are to be recomputed ({@code indicator_computed_mark}): marked
 * when a case changes or a history import stored cases (noting whether only imports marked a key), taken newest
 * period first by the flush, and cleared only in the version the flush read. Keys are marked in key order (so concurrent marks lock alike), a thousand per JDBC
 * batch, each batch within a savepoint of the caller's transaction or, without one, in a transaction of its own (a
 * backfill of history commits batch by batch instead of locking its tens of thousands of keys at once). Two
 * listeners inserting the same new key at once: the second's MERGE fails on the key, so the batch is marked once more
 * (now an update).
 */
@Component
class CaseMarks {

	private static final String MARK = """
			MERGE INTO indicator_computed_mark m
			USING (VALUES (CAST(? AS VARCHAR(15)), CAST(? AS VARCHAR(16)), CAST(? AS DATE), CAST(? AS BOOLEAN)))
				AS s (region_code, frequency, period_start, imported_only)
			ON m.region_code = s.region_code AND m.frequency = s.frequency AND m.period_start = s.period_start
			WHEN MATCHED THEN UPDATE SET version = m.version + 1, imported_only = m.imported_only AND s.imported_only
			WHEN NOT MATCHED THEN INSERT (region_code, frequency, period_start, version, imported_only)
				VALUES (s.region_code, s.frequency, s.period_start, 1, s.imported_only)""";

	private static final int KEYS_PER_BATCH = 1_000;

	private static final RowMapper<Mark> MARKED = (row, index) -> new Mark(RegionCode.of(row.getString(1)),
			new Period(Frequency.valueOf(row.getString(2)), row.getObject(3, LocalDate.class)), row.getLong(4),
			row.getBoolean(5));

	private static final Comparator<Key> KEY_ORDER = Comparator.comparing((Key key) -> key.region().value())
		.thenComparing(key -> key.period().frequency())
		.thenComparing(key -> key.period().start());

	private final JdbcTemplate jdbc;

	private final TransactionTemplate savepoint;

	CaseMarks(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.savepoint = new TransactionTemplate(transactions);
		this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
	}

	/**
	 * Marks the keys; {@code imported} when a history import stored the cases that moved them (a key some case change
	 * marks as well is recomputed whole).
	 */
	void mark(Collection<Key> keys, boolean imported) {
		List<Object[]> rows = keys.stream()
			.distinct()
			.sorted(KEY_ORDER)
			.map(key -> new Object[] { key.region().value(), key.period().frequency().name(),
					Date.valueOf(key.period().start()), imported })
			.toList();
		for (int from = 0; from < rows.size(); from += KEYS_PER_BATCH) {
			List<Object[]> batch = rows.subList(from, Math.min(rows.size(), from + KEYS_PER_BATCH));
			try {
				markBatch(batch);
			}
			catch (DataIntegrityViolationException e) {
				markBatch(batch);
			}
		}
	}

	private void markBatch(List<Object[]> batch) {
		savepoint.executeWithoutResult(status -> jdbc.batchUpdate(MARK, batch));
	}

	/** Up to {@code limit} marked keys, the latest periods first. */
	List<Mark> marked(int limit) {
		return jdbc.query("SELECT region_code, frequency, period_start, version, imported_only "
				+ "FROM indicator_computed_mark ORDER BY period_start DESC, region_code FETCH FIRST " + limit
				+ " ROWS ONLY", MARKED);
	}

	/** Up to {@code limit} marked periods of one region and frequency, the latest first. */
	List<Mark> series(RegionCode region, Frequency frequency, int limit) {
		return jdbc.query("SELECT region_code, frequency, period_start, version, imported_only "
				+ "FROM indicator_computed_mark WHERE region_code = ? AND frequency = ? ORDER BY period_start DESC "
				+ "FETCH FIRST " + limit + " ROWS ONLY", MARKED, region.value(), frequency.name());
	}

	/** Clears each key unless it was marked again since it was read. */
	void clear(Collection<Mark> marks) {
		List<Object[]> rows = new ArrayList<>(marks.size());
		for (Mark mark : marks) {
			rows.add(new Object[] { mark.region().value(), mark.period().frequency().name(),
					Date.valueOf(mark.period().start()), mark.version() });
		}
		jdbc.batchUpdate("DELETE FROM indicator_computed_mark WHERE region_code = ? AND frequency = ? "
				+ "AND period_start = ? AND version = ?", rows);
	}

	/** How many keys are marked within the subtree (every key for the platform-wide scope). */
	long pending(RegionCode scope) {
		String from = scope.significantPrefix();
		Optional<String> to = RegionCode.after(from);
		String count = "SELECT COUNT(*) FROM indicator_computed_mark WHERE region_code >= ?";
		return to.isPresent() ? jdbc.queryForObject(count + " AND region_code < ?", Long.class, from, to.get())
				: jdbc.queryForObject(count, Long.class, from);
	}

	/**
	 * A region and period to recompute.
	 *
	 * @param region the region
	 * @param period the period
	 */
	record Key(RegionCode region, Period period) {
	}

	/**
	 * A marked key.
	 *
	 * @param region the region
	 * @param period the period
	 * @param version how often it was marked
	 * @param importedOnly whether only history imports marked it
	 */
	record Mark(RegionCode region, Period period, long version, boolean importedOnly) {
	}
}
