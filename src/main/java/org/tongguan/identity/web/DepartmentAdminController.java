package org.tongguan.identity.web;

import java.net.URI;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tongguan.identity.department.DepartmentAdministration;
import org.tongguan.identity.department.DepartmentDraft;
import org.tongguan.identity.department.DepartmentImport;
import org.tongguan.identity.department.DepartmentImportResult;
import org.tongguan.identity.department.DepartmentLifecycle;
import org.tongguan.region.RegionLevel;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Department administration for administrators, within their data scope. */
@RestController
@RequestMapping("/api/admin/departments")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Departments (专业部门)")
class DepartmentAdminController {

	private static final String IMPORT = """
			Body `text/csv` (UTF-8, RFC 4180 quoting, header row, any column order and case) with the columns \
			`code` (optional: derived as `<home region code>-<function code>`, then `-2`, `-3` for more rows with the \
			same home and function), `name`, `function` (a function code such as CHENGGUAN or SANITATION, or a \
			built-in label such as 城管), `level` (CITY, DISTRICT or STREET), `region` (the home region: its code or \
			its exact name at that level) and `serves` (optional, `;`-separated region codes or exact names; the home \
			region when empty). All or nothing: every error is listed with `field = "line N"` and nothing is stored. \
			A known code updates that department; importing the same file again changes nothing. Role: ADMIN, within \
			the caller's data scope.""";

	private final DepartmentAdministration departments;

	private final DepartmentLifecycle lifecycle;

	private final DepartmentImport imports;

	DepartmentAdminController(DepartmentAdministration departments, DepartmentLifecycle lifecycle,
			DepartmentImport imports) {
		this.departments = departments;
		this.lifecycle = lifecycle;
		this.imports = imports;
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

	@PostMapping("/{code}/disable")
	@Operation(summary = "Disable a department (停用部门)", description = """
			Takes a department out of work: it keeps its people and its cases, but dispatch (automatic or by a \
			dispatcher) no longer sends cases to it. Role: ADMIN, within the caller's data scope.""")
	@ApiResponse(responseCode = "200", description = "The department, now with enabled = false")
	@ApiResponse(responseCode = "404", description = "No department has this code")
	@ApiResponse(responseCode = "409", description = "The department is already disabled")
	DepartmentView disable(@PathVariable String code) {
		return DepartmentView.of(lifecycle.disable(code));
	}

	@PostMapping("/{code}/enable")
	@Operation(summary = "Enable a department again (启用部门)", description = """
			Puts a disabled department back to work; a merged department cannot be enabled. Role: ADMIN, within the \
			caller's data scope.""")
	@ApiResponse(responseCode = "200", description = "The department, now with enabled = true")
	@ApiResponse(responseCode = "404", description = "No department has this code")
	@ApiResponse(responseCode = "409", description = "The department is already enabled, or was merged")
	DepartmentView enable(@PathVariable String code) {
		return DepartmentView.of(lifecycle.enable(code));
	}

	@PostMapping("/{code}/merge")
	@Operation(summary = "Merge a department into another (部门合并)", description = """
			Body `{"into": "<code>"}`. The department's users (and API keys) move to `into`; its open cases as lead \
			department (主办) move to `into` shortly after (case handling does it on the merge event); the catalogue \
			and dispatch no longer reach it. The timeline and closed cases keep the old name. The merged department \
			stays readable, disabled, with `mergedInto`. Role: ADMIN, within the caller's data scope (both \
			departments).""")
	@ApiResponse(responseCode = "200", description = "The merged department, disabled, with mergedInto")
	@ApiResponse(responseCode = "400", description = "`into` missing, unknown, disabled or the department itself")
	@ApiResponse(responseCode = "404", description = "No department has this code")
	@ApiResponse(responseCode = "409", description = "The department was already merged")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject("""
			{"into": "440304-CHENGGUAN"}""")))
	DepartmentView merge(@PathVariable String code, @RequestBody(required = false) Merge request) {
		return DepartmentView.of(lifecycle.merge(code, request == null ? null : request.into()));
	}

	@PostMapping(path = "/import", consumes = { "text/csv", MediaType.TEXT_PLAIN_VALUE })
	@Operation(summary = "Import departments from CSV (部门批量导入)", description = IMPORT)
	@ApiResponse(responseCode = "200", description = "Counts of created, updated and unchanged departments, and the "
			+ "codes assigned to rows without one")
	@ApiResponse(responseCode = "400", description = "Errors naming each line (`field = \"line N\"`); nothing stored")
	@ApiResponse(responseCode = "415", description = "The body is not text/csv")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(mediaType = "text/csv",
			schema = @Schema(type = "string"), examples = @ExampleObject("""
					code,name,function,level,region,serves
					,Futian sanitation,SANITATION,DISTRICT,福田区,
					FT-PARKS,Futian parks,YUANLIN,DISTRICT,440304,园岭街道;440304002""")))
	DepartmentImportResult importCsv(@RequestBody String csv) {
		return imports.importCsv(csv);
	}

	record NewDepartment(String code, String name, String function, RegionLevel level, String home,
			List<String> serves) {

		DepartmentDraft draft() {
			return new DepartmentDraft(name, function, level, home, serves);
		}
	}

	record DepartmentChange(String name, String function, RegionLevel level, String home, List<String> serves) {

		DepartmentDraft draft() {
			return new DepartmentDraft(name, function, level, home, serves);
		}
	}

	/** Which department takes over. */
	record Merge(String into) {
	}
}
