package org.tongguan.identity.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tongguan.identity.internal.DepartmentAdministration;
import org.tongguan.region.RegionLevel;

/** Departments (专业部门) for every signed-in caller: search by function, level and served region. */
@RestController
@RequestMapping("/api/departments")
class DepartmentController {

	private final DepartmentAdministration departments;

	DepartmentController(DepartmentAdministration departments) {
		this.departments = departments;
	}

	/** The departments matching all given filters; with {@code region}, those serving it, nearest first. */
	@GetMapping
	List<DepartmentView> search(@RequestParam(required = false) String function,
			@RequestParam(required = false) RegionLevel level, @RequestParam(required = false) String region) {
		return departments.search(function, level, region).stream().map(DepartmentView::of).toList();
	}

	@GetMapping("/{code}")
	DepartmentView get(@PathVariable String code) {
		return DepartmentView.of(departments.get(code));
	}
}
