package org.tongguan.identity.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tongguan.identity.department.DepartmentAdministration;
import org.tongguan.region.RegionLevel;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Departments (专业部门) for every signed-in caller: search by function, level and served region. */
@RestController
@RequestMapping("/api/departments")
@Tag(name = "Departments (专业部门)")
class DepartmentController {

	private final DepartmentAdministration departments;

	DepartmentController(DepartmentAdministration departments) {
		this.departments = departments;
	}

	/** The departments matching all given filters; with {@code region}, those serving it, nearest first. */
	@GetMapping
	@Operation(summary = "Find departments (专业部门)", description = """
			The departments matching all given filters: function (a built-in code such as CHENGGUAN, its label 城管, \
			or the city's own function code), level (PROVINCE, CITY, DISTRICT, STREET) and, with `region`, those \
			serving that region, nearest first.""")
	List<DepartmentView> search(@RequestParam(required = false) String function,
			@RequestParam(required = false) RegionLevel level, @RequestParam(required = false) String region) {
		return departments.search(function, level, region).stream().map(DepartmentView::of).toList();
	}

	@GetMapping("/{code}")
	@Operation(summary = "Read one department", description = """
			A department by its code: name, function, level, home region and the regions it serves.""")
	DepartmentView get(@PathVariable String code) {
		return DepartmentView.of(departments.get(code));
	}
}
