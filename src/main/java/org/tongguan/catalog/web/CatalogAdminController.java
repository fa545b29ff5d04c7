package org.tongguan.catalog.web;

import java.net.URI;
import java.security.Principal;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tongguan.catalog.Catalog;
import org.tongguan.catalog.CategoryVersion;
import org.tongguan.catalog.internal.CatalogEditor;
import org.tongguan.catalog.internal.CategoryDraft;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Edits the catalogue: every change publishes a new version; administrators only. */
@RestController
@RequestMapping("/api/admin/catalog/categories")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Catalogue (事项清单)")
class CatalogAdminController {

	private final CatalogEditor editor;

	private final Catalog catalog;

	CatalogAdminController(CatalogEditor editor, Catalog catalog) {
		this.editor = editor;
		this.catalog = catalog;
	}

	/** Adds a sub-category as version 1. */
	@PostMapping
	@Operation(summary = "Create a sub-category (新增小类)", description = """
			Adds a sub-category (小类) to the catalogue (事项清单) under an existing major category (大类): its code \
			(`E0101`: kind letter E event / C component, 2-digit major, 2-digit sequence), name, who handles it \
			(`responsibility`: dispatch level and the department function at city, district and street level, with \
			`districtOverrides` per district), default urgency, overall limits per urgency (`urgencyLimits`), limits \
			per stage (`stageLimits`: ACCEPT, FILE, DISPATCH, HANDLE, VERIFY, CLOSE; `amount` + `unit` WORKING_HOURS \
			or WORKING_DAYS), closing conditions (结案标准), legal basis, whether it is a police matter (转110) and \
			whether its limits run round the clock. Publishes version 1; every later change publishes a new version, \
			and cases keep the version they were filed under.""")
	@ApiResponse(responseCode = "201", description = "The first version of the new sub-category",
			useReturnTypeSchema = true)
	@ApiResponse(responseCode = "409", description = "A sub-category with this code exists")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject("""
			{"code": "E0199", "name": "占道堆放杂物",
			 "responsibility": {"dispatchLevel": "DISTRICT", "city": "CHENGGUAN", "district": "CHENGGUAN",
			   "street": "CHENGGUAN"},
			 "defaultUrgency": "NORMAL",
			 "urgencyLimits": {"NORMAL": {"amount": 2, "unit": "WORKING_DAYS"},
			   "URGENT": {"amount": 8, "unit": "WORKING_HOURS"},
			   "CRITICAL": {"amount": 2, "unit": "WORKING_HOURS"}},
			 "stageLimits": {"ACCEPT": {"amount": 1, "unit": "WORKING_HOURS"},
			   "FILE": {"amount": 1, "unit": "WORKING_HOURS"},
			   "DISPATCH": {"amount": 1, "unit": "WORKING_HOURS"}, "HANDLE": {"amount": 1, "unit": "WORKING_DAYS"},
			   "VERIFY": {"amount": 4, "unit": "WORKING_HOURS"}, "CLOSE": {"amount": 2, "unit": "WORKING_HOURS"}},
			 "closingConditions": "杂物已清走，通道畅通", "legalBasis": "《城市市容和环境卫生管理条例》",
			 "changeNote": "新增事项"}""")))
	ResponseEntity<VersionView> create(@RequestBody CategoryDraft draft, Principal principal) {
		CategoryVersion created = editor.create(draft, principal.getName());
		return ResponseEntity.created(URI.create("/api/catalog/categories/" + created.code()))
			.body(MajorNames.of(catalog).view(created));
	}

	/** Publishes the next version of a sub-category. */
	@PutMapping("/{code}")
	@Operation(summary = "Revise a sub-category (修订小类)", description = """
			Publishes a new version of a sub-category with the whole definition sent (same fields as creating it; \
			`code` optional and then equal to the path's). Cases already filed keep their version's limits.""")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject("""
			{"name": "暴露垃圾",
			 "responsibility": {"dispatchLevel": "STREET", "city": "CHENGGUAN", "district": "CHENGGUAN",
			   "street": "CHENGGUAN"},
			 "defaultUrgency": "NORMAL",
			 "urgencyLimits": {"NORMAL": {"amount": 1, "unit": "WORKING_DAYS"},
			   "URGENT": {"amount": 4, "unit": "WORKING_HOURS"},
			   "CRITICAL": {"amount": 2, "unit": "WORKING_HOURS"}},
			 "stageLimits": {"ACCEPT": {"amount": 1, "unit": "WORKING_HOURS"},
			   "FILE": {"amount": 1, "unit": "WORKING_HOURS"},
			   "DISPATCH": {"amount": 1, "unit": "WORKING_HOURS"}, "HANDLE": {"amount": 5, "unit": "WORKING_HOURS"},
			   "VERIFY": {"amount": 2, "unit": "WORKING_HOURS"}, "CLOSE": {"amount": 1, "unit": "WORKING_HOURS"}},
			 "closingConditions": "垃圾已清运，地面无残留", "changeNote": "处置时限由1天改为5小时"}""")))
	VersionView revise(@PathVariable String code, @RequestBody CategoryDraft draft, Principal principal) {
		return MajorNames.of(catalog).view(editor.revise(CodeParameter.parse(code), draft, principal.getName()));
	}

	/** Publishes a version that takes the sub-category out of use for new cases. */
	@PostMapping("/{code}/deactivate")
	@Operation(summary = "Deactivate a sub-category (停用小类)", description = """
			Publishes a version that takes no new cases (reports naming it are refused); cases already filed under \
			it go on. Optional `changeNote` says why.""")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject("""
			{"changeNote": "并入E0101"}""")))
	VersionView deactivate(@PathVariable String code, @RequestBody(required = false) StateChange change,
			Principal principal) {
		return setActive(code, false, change, principal);
	}

	/** Publishes a version that puts the sub-category back into use. */
	@PostMapping("/{code}/activate")
	@Operation(summary = "Activate a sub-category again (启用小类)", description = """
			Publishes a version that takes new cases again. Optional `changeNote` says why.""")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject("""
			{"changeNote": "恢复受理"}""")))
	VersionView activate(@PathVariable String code, @RequestBody(required = false) StateChange change,
			Principal principal) {
		return setActive(code, true, change, principal);
	}

	private VersionView setActive(String code, boolean active, StateChange change, Principal principal) {
		String note = change == null ? null : change.changeNote();
		return MajorNames.of(catalog)
			.view(editor.setActive(CodeParameter.parse(code), active, note, principal.getName()));
	}

	/** Why a sub-category is (de)activated. */
	record StateChange(String changeNote) {
	}
}
