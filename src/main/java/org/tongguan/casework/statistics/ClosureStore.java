package org.tongguan.casework.statistics;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Keeps the handling times of the cases that closed in the order of their closure
 * ({@code casework_statistics_closure}), for the exact medians of a period.
 */
@Repository
class ClosureStore {

	/** Case ids are stored in the low bits of a closure's key; the epoch second above them. */
	static final int CASE_BITS = 29;

	private final JdbcClient jdbc;

	private final JdbcTemplate batches;

	ClosureStore(JdbcClient jdbc, JdbcTemplate batches) {
		this.jdbc = jdbc;
		this.batches = batches;
	}

	/** The first key of the closures at or after an instant (whole seconds: the periods start at midnight). */
	static long firstKey(Instant instant) {
		return instant.getEpochSecond() << CASE_BITS;
	}

	/** Replaces the closures of these contributions as last folded with those of their current ones. */
	void replace(Collection<Contribution> before, Collection<Contribution> now) {
		List<Long> gone = before.stream().filter(c -> c.handling() != null).map(ClosureStore::key).toList();
		for (List<Long> part : ContributionStore.parts(gone)) {
			jdbc.sql("DELETE FROM casework_statistics_closure WHERE closure_key IN (:keys)").param("keys", part)
				.update();
		}
		List<Object[]> rows = new ArrayList<>();
		for (Contribution c : now) {
			if (c.handling() != null) {
				rows.add(new Object[] { key(c), c.district(), c.street(), c.community(), c.department(), c.category(),
						c.channel(), c.handling().workingSeconds(), c.handling().calendarSeconds() });
			}
		}
		batches.batchUpdate("""
				INSERT INTO casework_statistics_closure (closure_key, district_code, street_code, community_code,
				lead_department, category_code, channel, working_seconds, calendar_seconds)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
	}

	private static long key(Contribution c) {
		if (c.caseId() >= 1L << CASE_BITS) {
			throw new IllegalStateException("Case " + c.caseId() + " is beyond the 2^29 cases the statistics' "
					+ "closure keys hold (decision 0015)");
		}
		return firstKey(c.handling().closed()) | c.caseId();
	}
}
