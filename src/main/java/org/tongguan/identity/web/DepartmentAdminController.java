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

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Department administration for administrators, within their data scope. */
@RestController
@RequestMapping("/api/admin/departments")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Departments (专业部门)")
class DepartmentAdminController {

	private final DepartmentAdministration departments;

	DepartmentAdminController(DepartmentAdministration departments) {
		this.departments = departments;
	}

	@PostMapping
	@Operation(summary = "Create a department (新增部门)", description = """
			Creates a department: code, name, function (e.g. CHENGGUAN 城管), level, home region (`home`, a region \
			code at its level) and the regions it serves (`serves`, default its home). Dispatch rules find it by \
			function and served region.""")
	@ApiResponse(responseCode = "201", description = "The department created; `Location` names it",
			useReturnTypeSchema = true)
	@ApiResponse(responseCode = "409", description = "A department with this code exists")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject("""
			{"code": "440304-SHUIWU", "name": "福田区水务局", "function": "SHUIWU", "level": "DISTRICT",
			 "home": "440304", "serves": ["440304"]}""")))
	ResponseEntity<DepartmentView> create(@RequestBody NewDepartment request) {
		DepartmentView created = DepartmentView.of(departments.create(request.code(), request.draft()));
		return ResponseEntity.created(URI.create("/api/departments/" + created.code())).body(created);
	}

	@PutMapping("/{code}")
	@Operation(summary = "Change a department (修改部门)", description = """
			Replaces a department's name, function, level, home region and served regions.""")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject("""
			{"name": "福田区城市管理和综合执法局", "function": "CHENGGUAN", "level": "DISTRICT", "home": "440304",
			 "serves": ["440304"]}""")))
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
