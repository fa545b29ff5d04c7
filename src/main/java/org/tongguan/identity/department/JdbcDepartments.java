package org.tongguan.identity.department;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.tongguan.identity.Department;
import org.tongguan.identity.DepartmentCode;
import org.tongguan.identity.DepartmentFunction;
import org.tongguan.identity.Departments;
import org.tongguan.region.Region;
import org.tongguan.region.RegionCode;
import org.tongguan.region.RegionLevel;
import org.tongguan.region.Regions;

/** The departments (专业部门) read from the database; who serves a place is decided along the region's lineage. */
@Service
class JdbcDepartments implements Departments {

	private final DepartmentStore store;

	private final Regions regions;

	JdbcDepartments(DepartmentStore store, Regions regions) {
		this.store = store;
		this.regions = regions;
	}

	@Override
	public Optional<Department> find(DepartmentCode code) {
		return store.find(code);
	}

	@Override
	public List<Department> serving(DepartmentFunction function, RegionLevel level, RegionCode region) {
		return nearestFirst(store.of(function, level), region);
	}

	@Override
	public List<Department> all() {
		return store.all();
	}

	/**
	 * The departments whose served subtrees contain the region, the one serving the smallest subtree first (a
	 * department serving the street comes before one serving the whole district).
	 */
	List<Department> nearestFirst(List<Department> departments, RegionCode region) {
		List<RegionCode> lineage = regions.lineage(region).stream().map(Region::code).toList();
		return departments.stream()
			.filter(department -> distance(department, lineage) < Integer.MAX_VALUE)
			.sorted(Comparator.comparingInt((Department department) -> distance(department, lineage))
				.thenComparing(department -> department.code().value()))
			.toList();
	}

	private static int distance(Department department, List<RegionCode> lineage) {
		return department.serves().stream()
			.mapToInt(lineage::indexOf)
			.filter(index -> index >= 0)
			.min()
			.orElse(Integer.MAX_VALUE);
	}
}
