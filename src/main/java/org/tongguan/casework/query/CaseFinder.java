package org.tongguan.casework.query;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongguan.casework.internal.CaseworkProperties;
import org.tongguan.casework.store.CaseRecord;
import org.tongguan.casework.store.CaseRows;
import org.tongguan.identity.Callers;
import org.tongguan.region.RegionCode;
import org.tongguan.shared.InvalidInputException;

/**
 * Lists cases for people: filtered, sorted and paged, always within the caller's data scope, and without imported
 * backlog (cases imported while still open, which have no workflow) unless the filter includes it.
 */
@Service
@Transactional(readOnly = true)
public class CaseFinder {

	private final JdbcClient jdbc;

	private final Callers callers;

	private final ScopeClause scope;

	private final CaseworkProperties properties;

	private final Clock clock;

	private final CaseTable table;

	CaseFinder(JdbcClient jdbc, Callers callers, ScopeClause scope, CaseworkProperties properties, Clock clock,
			CaseTable table) {
		this.jdbc = jdbc;
		this.table = table;
		this.callers = callers;
		this.scope = scope;
		this.properties = properties;
		this.clock = clock;
	}

	/** The page of cases the filter asks for. */
	public CasePage<CaseRecord> find(CaseFilter filter) {
		if (filter.page() < 0 || filter.size() < 1 || filter.size() > properties.maxPageSize()) {
			throw new InvalidInputException("size", "page is 0 or more and size 1–" + properties.maxPageSize());
		}
		Where where = new Where();
		RegionCode callerScope = callers.current().scope();
		scope.within(where, "c.", callerScope);
		if (filter.region() != null) {
			scope.within(where, "c.", filter.region());
		}
		where.andIfPresent("c.lead_department = ?", filter.department())
			.andIfPresent("c.category_code = ?", filter.category())
			.in("c.stage", filter.stages())
			.andIfPresent("c.channel = ?", filter.channel())
			.andIfPresent("c.reported_at >= ?", filter.from())
			.andIfPresent("c.reported_at < ?", filter.to());
		if (filter.light() != null) {
			LightClause.is(where, filter.light(), clock.instant());
		}
		if (!filter.includeBacklog()) {
			where.and("c.backlog = FALSE");
		}
		String from = " FROM " + table.of(filter, callerScope);
		long total = jdbc.sql("SELECT COUNT(*)" + from + where.sql())
			.params(where.params())
			.query(Long.class)
			.single();
		List<Object> params = new ArrayList<>(where.params());
		params.add(filter.size());
		params.add((long) filter.page() * filter.size());
		String direction = filter.ascending() ? " ASC" : " DESC";
		List<CaseRecord> items = jdbc.sql("SELECT c.*" + from + where.sql() + " ORDER BY "
				+ filter.sort().column() + direction + ", c.id" + direction + " LIMIT ? OFFSET ?")
			.params(params)
			.query(CaseRows.INSTANCE)
			.list();
		return new CasePage<>(items, total, filter.page(), filter.size());
	}
}
