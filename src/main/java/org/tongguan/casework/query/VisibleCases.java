package org.tongguan.casework.query;

import org.springframework.stereotype.Component;
import org.tongguan.casework.CaseId;
import org.tongguan.casework.CaseVisibility;
import org.tongguan.casework.store.CaseRecord;
import org.tongguan.casework.store.CaseStore;
import org.tongguan.identity.Callers;
import org.tongguan.shared.NotFoundException;

/** The cases the current caller may read: those whose place lies within the caller's data scope (数据权限). */
@Component
public class VisibleCases implements CaseVisibility {

	private final CaseStore cases;

	private final Callers callers;

	VisibleCases(CaseStore cases, Callers callers) {
		this.cases = cases;
		this.callers = callers;
	}

	/** The case, when the current caller may read it; 404 when there is none, 403 outside the data scope. */
	public CaseRecord find(CaseId id) {
		return require(cases.find(id).orElseThrow(() -> new NotFoundException("No case " + id)));
	}

	/** The case itself, when the current caller may read it; 403 outside the data scope. */
	public CaseRecord require(CaseRecord record) {
		callers.requireScope(record.place().finest());
		return record;
	}

	@Override
	public void requireVisible(CaseId id) {
		find(id);
	}
}
