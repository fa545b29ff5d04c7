package org.tongguan.identity.web;

import java.net.URI;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.tongguan.identity.DepartmentFunction;
import org.tongguan.identity.department.FunctionRegistry;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/** Department functions (部门职能): the built-in bureau kinds and the city's own. */
@RestController
class DepartmentFunctionController {

	private final FunctionRegistry functions;

	DepartmentFunctionController(FunctionRegistry functions) {
		this.functions = functions;
	}

	@GetMapping("/api/department-functions")
	@Operation(summary = "List the department functions (部门职能)", description = """
			Every function a department or a catalogue responsibility may name: the built-in bureau kinds (CHENGGUAN \
			城管, HUANWEI 环卫, ...) first, then the city's own by code. Role: any signed-in user.""")
	@ApiResponse(responseCode = "200", description = "The functions with code, label and whether built in")
	@ApiResponse(responseCode = "401", description = "Not signed in")
	List<FunctionView> list() {
		return functions.all().stream().map(FunctionView::of).toList();
	}

	@PostMapping("/api/admin/department-functions")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Register a city's own department function (新增部门职能)", description = """
			Body `{"code": "SANITATION", "label": "Sanitation"}`; the code is an upper-case letter then 1–31 \
			upper-case letters, digits or '_'. Departments and catalogue responsibilities may then name it. Role: \
			ADMIN.""")
	@ApiResponse(responseCode = "201", description = "The registered function")
	@ApiResponse(responseCode = "400", description = "Code or label missing or malformed, naming the field")
	@ApiResponse(responseCode = "409", description = "The code or label is already known")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject("""
			{"code": "SANITATION", "label": "Sanitation"}""")))
	ResponseEntity<FunctionView> register(@RequestBody NewFunction request) {
		DepartmentFunction function = functions.register(request.code(), request.label());
		return ResponseEntity.created(URI.create("/api/department-functions")).body(FunctionView.of(function));
	}

	/** A function to register. */
	record NewFunction(String code, String label) {
	}

	/** A function as the API shows it. */
	record FunctionView(String code, String label, boolean builtIn) {

		static FunctionView of(DepartmentFunction function) {
			return new FunctionView(function.code(), function.label(), function.isBuiltIn());
		}
	}
}
