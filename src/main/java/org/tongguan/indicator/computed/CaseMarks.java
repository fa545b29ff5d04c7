package org.tongguan.indicator.computed;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongguan.indicator.Frequency;
import org.tongguan.indicator.Period;
import org.tongguan.region.RegionCode;

/**
 * The regions and periods whose case-based values are to be recomputed ({@code indicator_computed_mark}): marked
 * when a case changes, taken oldest key first by the flush, and cleared only in the version the flush read. Two
 * listeners inserting the same new key at once: the second's MERGE fails on the key, so each key is marked within a
 * savepoint and, when that happens, marked once more (now an update).
 */
@Component
class CaseMarks {

	private static final String MARK = """
			MERGE INTO indicator_computed_mark m
			USING (VALUES (CAST(? AS VARCHAR(15)), CAST(? AS VARCHAR(16)), CAST(? AS DATE)))
				AS s (region_code, frequency, period_start)
			ON m.region_code = s.region_code AND m.frequency = s.frequency AND m.period_start = s.period_start
			WHEN MATCHED THEN UPDATE SET version = m.version + 1
			WHEN NOT MATCHED THEN INSERT (region_code, frequency, period_start, version)
				VALUES (s.region_code, s.frequency, s.period_start, 1)""";

	private final JdbcClient jdbc;

	private final TransactionTemplate savepoint;

	CaseMarks(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.savepoint = new TransactionTemplate(transactions);
		this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
	}

	/** Marks every period of every region, in key order (so concurrent marks lock alike). */
	void mark(Collection<RegionCode> regions, Collection<Period> periods) {
		regions.stream().map(RegionCode::value).sorted().forEach(region -> periods.stream()
			.sorted((a, b) -> a.frequency() != b.frequency() ? a.frequency().compareTo(b.frequency())
					: a.start().compareTo(b.start()))
			.forEach(period -> {
				try {
					mark(region, period);
				}
				catch (DuplicateKeyException e) {
					mark(region, period);
				}
			}));
	}

	private void mark(String region, Period period) {
		savepoint.executeWithoutResult(status -> jdbc.sql(MARK)
			.params(region, period.frequency().name(), Date.valueOf(period.start()))
			.update());
	}

	/** Up to {@code limit} marked keys, the earliest periods first. */
	List<Mark> marked(int limit) {
		return jdbc.sql("SELECT region_code, frequency, period_start, version FROM indicator_computed_mark "
				+ "ORDER BY period_start, region_code FETCH FIRST " + limit + " ROWS ONLY")
			.query((row, index) -> new Mark(RegionCode.of(row.getString(1)),
					new Period(Frequency.valueOf(row.getString(2)), row.getObject(3, LocalDate.class)),
					row.getLong(4)))
			.list();
	}

	/** Clears the key unless it was marked again since it was read. */
	void clear(Mark mark) {
		jdbc.sql("DELETE FROM indicator_computed_mark WHERE region_code = ? AND frequency = ? AND period_start = ? "
				+ "AND version = ?")
			.params(mark.region().value(), mark.period().frequency().name(), Date.valueOf(mark.period().start()),
					mark.version())
			.update();
	}

	/**
	 * A marked key.
	 *
	 * @param region the region
	 * @param period the period
	 * @param version how often it was marked
	 */
	record Mark(RegionCode region, Period period, long version) {
	}
}
