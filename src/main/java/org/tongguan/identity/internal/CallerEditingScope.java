package org.tongguan.identity.internal;

import org.springframework.stereotype.Component;
import org.tongguan.identity.Callers;
import org.tongguan.region.RegionCode;
import org.tongguan.region.RegionEditingScope;

/** The regions the current caller may edit (e.g. in a boundary import): the subtree of their data scope. */
@Component
class CallerEditingScope implements RegionEditingScope {

	private final Callers callers;

	CallerEditingScope(Callers callers) {
		this.callers = callers;
	}

	@Override
	public RegionCode editableRoot() {
		return callers.current().scope();
	}
}
