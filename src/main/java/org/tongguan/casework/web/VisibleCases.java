package org.tongguan.casework.web;

import org.springframework.stereotype.Component;
import org.tongguan.casework.CaseId;
import org.tongguan.casework.internal.CaseRecord;
import org.tongguan.casework.internal.CaseStore;
import org.tongguan.identity.Callers;
import org.tongguan.shared.NotFoundException;

/** The cases the caller may see: 404 for a case that does not exist, 403 for one outside the caller's data scope. */
@Component
class VisibleCases {

	private final CaseStore cases;

	private final Callers callers;

	VisibleCases(CaseStore cases, Callers callers) {
		this.cases = cases;
		this.callers = callers;
	}

	/** The case, when the caller may see it. */
	CaseRecord find(CaseId id) {
		return require(cases.find(id).orElseThrow(() -> new NotFoundException("No case " + id)));
	}

	/** The case found otherwise (e.g. by number), when the caller may see it. */
	CaseRecord require(CaseRecord record) {
		callers.requireScope(record.place().finest());
		return record;
	}
}
