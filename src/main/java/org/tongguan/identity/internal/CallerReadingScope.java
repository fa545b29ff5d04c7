package org.tongguan.identity.internal;

import org.springframework.stereotype.Component;
import org.tongguan.identity.Callers;
import org.tongguan.region.RegionCode;
import org.tongguan.region.RegionReadingScope;

/** The regions the current caller may see (e.g. on the boundary map tiles): the subtree of their data scope. */
@Component
class CallerReadingScope implements RegionReadingScope {

	private final Callers callers;

	CallerReadingScope(Callers callers) {
		this.callers = callers;
	}

	@Override
	public RegionCode readableRoot() {
		return callers.current().scope();
	}
}
