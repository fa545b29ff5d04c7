package org.tongguan.casework.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongguan.casework.CaseId;
import org.tongguan.casework.CaseQueries;
import org.tongguan.casework.CaseSearch;
import org.tongguan.casework.CaseSnapshot;
import org.tongguan.casework.store.CaseNumbers;
import org.tongguan.casework.store.CaseRecord;
import org.tongguan.casework.store.CaseRows;
import org.tongguan.casework.store.CaseStore;
import org.tongguan.casework.store.Snapshots;

/** Read access to cases for other modules, without data-scope filtering (they are trusted callers). */
@Service
@Transactional(readOnly = true)
public class CaseQueryService implements CaseQueries {

	private final CaseStore cases;

	private final CaseNumbers numbers;

	private final Snapshots snapshots;

	private final JdbcClient jdbc;

	CaseQueryService(CaseStore cases, CaseNumbers numbers, Snapshots snapshots, JdbcClient jdbc) {
		this.cases = cases;
		this.numbers = numbers;
		this.snapshots = snapshots;
		this.jdbc = jdbc;
	}

	@Override
	public Optional<CaseSnapshot> find(CaseId id) {
		return cases.find(id).map(snapshots::of);
	}

	@Override
	public Optional<CaseSnapshot> findByNumber(String number) {
		return record(number).map(snapshots::of);
	}

	/** The stored case with this case number. */
	public Optional<CaseRecord> record(String number) {
		return numbers.parse(number)
			.flatMap(cases::find)
			.filter(record -> numbers.of(record.id(), record.milestones().reported()).equals(number));
	}

	@Override
	public List<CaseSnapshot> search(CaseSearch search) {
		Where where = new Where().in("id", search.ids().stream().map(CaseId::value).toList())
			.in("category_code", search.categories())
			.in("stage", search.stages())
			.in("channel", search.channels())
			.notIn("category_code", search.excludedCategories());
		if (search.reportedFrom() != null) {
			where.and("reported_at >= ?", search.reportedFrom());
		}
		if (search.reportedTo() != null) {
			where.and("reported_at < ?", search.reportedTo());
		}
		List<Object> params = new ArrayList<>(where.params());
		params.add(Math.max(0, search.limit()));
		List<CaseRecord> found = jdbc.sql("SELECT * FROM casework_case" + where.sql()
				+ " ORDER BY reported_at DESC, id DESC LIMIT ?")
			.params(params)
			.query(CaseRows.INSTANCE)
			.list();
		return snapshots.of(found);
	}

	@Override
	public Optional<CaseSnapshot> master(CaseId duplicate) {
		return cases.find(duplicate)
			.map(CaseRecord::mergedInto)
			.flatMap(cases::find)
			.map(snapshots::of);
	}
}
