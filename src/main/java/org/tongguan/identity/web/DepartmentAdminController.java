package org.tongguan.identity.web;

import java.net.URI;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tongguan.identity.DepartmentFunction;
import org.tongguan.identity.internal.DepartmentAdministration;
import org.tongguan.identity.internal.DepartmentDraft;
import org.tongguan.region.RegionLevel;

/** Department administration for administrators, within their data scope. */
@RestController
@RequestMapping("/api/admin/departments")
@PreAuthorize("hasRole('ADMIN')")
class DepartmentAdminController {

	private final DepartmentAdministration departments;

	DepartmentAdminController(DepartmentAdministration departments) {
		this.departments = departments;
	}

	@PostMapping
	ResponseEntity<DepartmentView> create(@RequestBody NewDepartment request) {
		DepartmentView created = DepartmentView.of(departments.create(request.code(), request.draft()));
		return ResponseEntity.created(URI.create("/api/departments/" + created.code())).body(created);
	}

	@PutMapping("/{code}")
	DepartmentView update(@PathVariable String code, @RequestBody DepartmentChange request) {
		return DepartmentView.of(departments.update(code, request.draft()));
	}

	record NewDepartment(String code, String name, DepartmentFunction function, RegionLevel level, String home,
			List<String> serves) {

		DepartmentDraft draft() {
			return new DepartmentDraft(name, function, level, home, serves);
		}
	}

	record DepartmentChange(String name, DepartmentFunction function, RegionLevel level, String home,
			List<String> serves) {

		DepartmentDraft draft() {
			return new DepartmentDraft(name, function, level, home, serves);
		}
	}
}
