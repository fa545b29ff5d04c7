package org.tongguan.casework.web;

import org.springframework.stereotype.Component;
import org.tongguan.casework.CaseId;
import org.tongguan.casework.query.VisibleCases;
import org.tongguan.shared.web.ScopeBeforeBinding;

/** Actions on a case ({@code /api/cases/{id}/…}) check that the caller may see the case before reading the body. */
@Component
class CaseScopeBeforeBinding extends ScopeBeforeBinding {

	CaseScopeBeforeBinding(VisibleCases cases) {
		super("/api/cases/{id}", id -> cases.find(new CaseId(id)));
	}
}
