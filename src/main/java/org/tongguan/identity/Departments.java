package org.tongguan.identity;

import java.util.List;
import java.util.Optional;

import org.tongguan.region.RegionCode;
import org.tongguan.region.RegionLevel;

/** The departments other modules read, above all to find who is responsible for a place. */
public interface Departments {

	Optional<Department> find(DepartmentCode code);

	/**
	 * The departments of a function at a level that serve the given region (a grid, community, street or district
	 * code); nearest first when several serve it.
	 */
	List<Department> serving(DepartmentFunction function, RegionLevel level, RegionCode region);

	/** All departments, ordered by code. */
	List<Department> all();
}
