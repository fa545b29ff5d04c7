package org.tongguan.casework.history.mapping;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.tongguan.casework.store.CasePlace;
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
 * The catalogue, departments and regions one import refers to, by code or by exact name: each value is looked up once
 * per import, points are located in the in-memory region index. A name that several things bear is ambiguous and
 * answered with their codes.
 */
public final class References {

	private final Catalog catalog;

	private final Departments departments;

	private final Regions regions;

	private final RegionNames regionNames;

	private final RegionCode scope;

	private final Map<String, Lookup<CategoryVersion>> categories = new HashMap<>();

	private final Map<String, Lookup<Department>> departmentsByValue = new HashMap<>();

	private final Map<String, Lookup<CasePlace>> regionsByValue = new HashMap<>();

	private Map<String, List<CategoryVersion>> categoriesByName;

	private Map<String, List<Department>> departmentsByName;

	/** The references of an import whose cases must lie in the region subtree {@code scope}. */
	public References(Catalog catalog, Departments departments, Regions regions, RegionCode scope) {
		this.catalog = catalog;
		this.departments = departments;
		this.regions = regions;
		this.regionNames = new RegionNames(regions);
		this.scope = scope;
	}

	/** The region subtree the importing administrator may import cases into. */
	public RegionCode scope() {
		return scope;
	}

	/** Whether a case in this region lies in the importing administrator's data scope. */
	public boolean inScope(RegionCode code) {
		return scope.isPlatform() || regions.isWithin(code, scope);
	}

	/** The current version of the sub-category with this code or exact name. */
	public Lookup<CategoryVersion> category(String value) {
		return categories.computeIfAbsent(value, this::findCategory);
	}

	/** The department with this code or exact name. */
	public Lookup<Department> department(String value) {
		return departmentsByValue.computeIfAbsent(value, this::findDepartment);
	}

	/**
	 * The region with this code or exact name (a district or below) and the regions above it, as a place without point
	 * or address.
	 */
	public Lookup<CasePlace> region(String value) {
		return regionsByValue.computeIfAbsent(value, this::findRegion);
	}

	/** The regions a point lies in, empty outside every region of the platform. */
	public Optional<Location> locate(double longitude, double latitude) {
		return regions.locate(longitude, latitude);
	}

	/** Whether {@code code} lies in the subtree of the region {@code ancestor}. */
	public boolean isWithin(RegionCode code, RegionCode ancestor) {
		return regions.isWithin(code, ancestor);
	}

	private Lookup<CategoryVersion> findCategory(String value) {
		if (CategoryCode.isValid(value)) {
			return catalog.current(CategoryCode.of(value))
				.map(Lookup::of)
				.orElseGet(() -> Lookup.none("'" + value + "' is not a sub-category of the catalogue (事项清单)"));
		}
		if (categoriesByName == null) {
			categoriesByName = byName(catalog.currentAll(), version -> version.definition().name());
		}
		List<CategoryVersion> named = categoriesByName.getOrDefault(value, List.of());
		List<CategoryVersion> active = named.stream().filter(version -> version.definition().active()).toList();
		return unique(value, active.isEmpty() ? named : active, "sub-categories",
				"is not a sub-category code or the exact name of one in the catalogue (事项清单)",
				version -> version.code().value());
	}

	private Lookup<Department> findDepartment(String value) {
		try {
			Optional<Department> byCode = departments.find(new DepartmentCode(value));
			if (byCode.isPresent()) {
				return Lookup.of(byCode.get());
			}
		}
		catch (IllegalArgumentException e) {
			// not a department code: maybe a name
		}
		if (departmentsByName == null) {
			departmentsByName = byName(departments.all(), Department::name);
		}
		return unique(value, departmentsByName.getOrDefault(value, List.of()), "departments",
				"is not a department of the platform (neither a code nor an exact name)",
				department -> department.code().value());
	}

	private Lookup<CasePlace> findRegion(String value) {
		if (value.chars().allMatch(c -> c >= '0' && c <= '9')) {
			return lineage(value).map(Lookup::of).orElseGet(() -> Lookup
				.none("'" + value + "' is not a district, street, community or grid of the city"));
		}
		Lookup<Region> named = unique(value, regionNames.named(value), "regions",
				"is not the exact name of a district, street, community or grid", region -> region.code().value()
						+ " (" + region.level().name().toLowerCase(Locale.ROOT) + ")");
		if (!named.isFound()) {
			return Lookup.none(named.problem());
		}
		return lineage(named.found().code().value()).map(Lookup::of)
			.orElseGet(() -> Lookup.none("'" + value + "' names a region that lies in no district"));
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

	private static <T> Map<String, List<T>> byName(List<T> things, Function<T, String> name) {
		Map<String, List<T>> index = new HashMap<>();
		things.forEach(thing -> index.computeIfAbsent(name.apply(thing), key -> new ArrayList<>()).add(thing));
		return index;
	}

	private static <T> Lookup<T> unique(String value, List<T> candidates, String kinds, String unknown,
			Function<T, String> code) {
		if (candidates.size() == 1) {
			return Lookup.of(candidates.get(0));
		}
		if (candidates.isEmpty()) {
			return Lookup.none("'" + value + "' " + unknown);
		}
		return Lookup.none("'" + value + "' names several " + kinds + ": "
				+ candidates.stream().map(code).collect(Collectors.joining(", ")) + "; give the code or map the value");
	}
}
