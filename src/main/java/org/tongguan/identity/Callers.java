package org.tongguan.identity;

import org.tongguan.region.RegionCode;

/** The current caller and data-scope checks for other modules' services and controllers. */
public interface Callers {

	/** The authenticated caller of the current request; fails when nobody is authenticated. */
	Caller current();

	/** Whether the current caller's data scope covers the region. */
	boolean canSee(RegionCode region);

	/** Fails with 403 unless the current caller's data scope covers the region. */
	void requireScope(RegionCode region);

	/** Fails with 403 unless the given caller's data scope covers the region. */
	void requireScope(Caller caller, RegionCode region);
}
