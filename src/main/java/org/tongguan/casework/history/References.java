package org.tongguan.casework.history;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.tongguan.casework.internal.CasePlace;
import org.tongguan.catalog.Catalog;
import org.tongguan.catalog.CategoryCode;
import org.tongguan.catalog.CategoryVersion;
import org.tongguan.identity.Department;
import org.tongguan.identity.DepartmentCode;
import org.tongguan.identity.Departments;
import org.tongguan.region.Location;
import org.tongguan.region.Region;
import org.tongguan.region.RegionCode;
import org.tongguan.region.RegionLevel;
import org.tongguan.region.Regions;

/**
 * The catalogue, departments and regions one import refers to: each code is looked up once per import, points are
 * located in the in-memory region index.
 */
final class References {

	private final Catalog catalog;

	private final Departments departments;

	private final Regions regions;

	private final Map<String, Optional<CategoryVersion>> categories = new HashMap<>();

	private final Map<String, Optional<Department>> departmentsByCode = new HashMap<>();

	private final Map<String, Optional<CasePlace>> regionsByCode = new HashMap<>();

	References(Catalog catalog, Departments departments, Regions regions) {
		this.catalog = catalog;
		this.departments = departments;
		this.regions = regions;
	}

	/** The current version of the sub-category, empty for a code the catalogue does not know. */
	Optional<CategoryVersion> category(String code) {
		return categories.computeIfAbsent(code,
				text -> CategoryCode.isValid(text) ? catalog.current(CategoryCode.of(text)) : Optional.empty());
	}

	/** The department with this code, empty for an unknown one. */
	Optional<Department> department(String code) {
		return departmentsByCode.computeIfAbsent(code, text -> {
			try {
				return departments.find(new DepartmentCode(text));
			}
			catch (IllegalArgumentException e) {
				return Optional.empty();
			}
		});
	}

	/** The regions a point lies in, empty outside the city. */
	Optional<Location> locate(double longitude, double latitude) {
		return regions.locate(longitude, latitude);
	}

	/** Whether {@code code} lies in the subtree of the region {@code ancestor}. */
	boolean isWithin(RegionCode code, RegionCode ancestor) {
		return regions.isWithin(code, ancestor);
	}

	/**
	 * The region with this code (a district or below) and the regions above it, as a place without point or
	 * address; empty for an unknown code or the whole city.
	 */
	Optional<CasePlace> region(String code) {
		return regionsByCode.computeIfAbsent(code, this::lineage);
	}

	private Optional<CasePlace> lineage(String text) {
		RegionCode code;
		try {
			code = RegionCode.of(text);
		}
		catch (IllegalArgumentException e) {
			return Optional.empty();
		}
		List<Region> lineage = regions.lineage(code);
		Map<RegionLevel, RegionCode> levels = new HashMap<>();
		lineage.forEach(region -> levels.put(region.level(), region.code()));
		if (lineage.isEmpty() || !levels.containsKey(RegionLevel.DISTRICT)) {
			return Optional.empty();
		}
		return Optional.of(new CasePlace(null, null, null, levels.get(RegionLevel.GRID),
				levels.get(RegionLevel.COMMUNITY), levels.get(RegionLevel.STREET), levels.get(RegionLevel.DISTRICT)));
	}
}
