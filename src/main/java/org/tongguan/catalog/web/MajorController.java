package org.tongguan.catalog.web;

import java.net.URI;
import java.security.Principal;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tongguan.catalog.CategoryKind;
import org.tongguan.catalog.internal.MajorAdministration;
import org.tongguan.catalog.internal.MajorDraft;
import org.tongguan.catalog.internal.MajorRecord;
import org.tongguan.shared.InvalidInputException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/** Major categories (大类): listed for every signed-in user, created, edited and retired by administrators. */
@RestController
class MajorController {

	private static final String LIMITS = """
			`stageLimits` (stage → limit, any of ACCEPT, FILE, DISPATCH, HANDLE, VERIFY, CLOSE) and `urgencyLimits` \
			(NORMAL, URGENT, CRITICAL → overall limit) are optional defaults for its sub-categories; a limit is \
			`{"amount": 5, "unit": "WORKING_HOURS"}` or the short form `"5h"` / `"3d"`.""";

	private final MajorAdministration majors;

	MajorController(MajorAdministration majors) {
		this.majors = majors;
	}

	@GetMapping("/api/catalog/majors")
	@Operation(summary = "List the major categories (大类)", description = """
			The major categories of one kind (EVENT 事件 or COMPONENT 部件; both when `kind` is left out), retired \
			ones included (`retired`), with their default limits. Role: any signed-in user.""")
	@ApiResponse(responseCode = "200", description = "The majors, events first, by code")
	@ApiResponse(responseCode = "400", description = "`kind` is neither EVENT nor COMPONENT")
	List<MajorCategoryView> list(@RequestParam(required = false) String kind) {
		return majors.list(kind == null || kind.isBlank() ? null : kind(kind))
			.stream()
			.map(MajorCategoryView::of)
			.toList();
	}

	@PostMapping("/api/admin/catalog/majors")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Create a major category (新增大类)", description = """
			Body `{"kind": "EVENT", "code": "07", "name": "...", "stageLimits": {...}, "urgencyLimits": {...}}`; \
			`code` is optional (the next free 2-digit code of the kind is assigned). """ + LIMITS + " Role: ADMIN.")
	@ApiResponse(responseCode = "201", description = "The major category with its code")
	@ApiResponse(responseCode = "400", description = "A field is missing or wrong (kind, code, name, a limit)")
	@ApiResponse(responseCode = "409", description = "The kind already has a major with this code")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject("""
			{"kind": "EVENT", "name": "Roads", "stageLimits": {"HANDLE": "2d"}, "urgencyLimits": {"NORMAL": "5d"}}""")))
	ResponseEntity<MajorCategoryView> create(@RequestBody MajorDraft draft) {
		MajorRecord created = majors.create(draft);
		return ResponseEntity
			.created(URI.create("/api/catalog/majors?kind=" + created.major().kind()))
			.body(MajorCategoryView.of(created));
	}

	@PutMapping("/api/admin/catalog/majors/{kind}/{code}")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Edit a major category (修改大类)", description = """
			Changes the name and the default limits (the whole set: limits left out are no longer defaults). \
			Defaults apply to sub-categories created or revised afterwards; existing versions keep their limits. """
			+ LIMITS + " Role: ADMIN.")
	@ApiResponse(responseCode = "200", description = "The edited major category")
	@ApiResponse(responseCode = "400", description = "A field is wrong, or kind/code differ from the path")
	@ApiResponse(responseCode = "404", description = "No such major category")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject("""
			{"kind": "EVENT", "name": "Roads and pavements", "stageLimits": {"HANDLE": "3d"}}""")))
	MajorCategoryView edit(@PathVariable String kind, @PathVariable String code, @RequestBody MajorDraft draft) {
		return MajorCategoryView.of(majors.edit(kind(kind), code, draft));
	}

	@PostMapping("/api/admin/catalog/majors/{kind}/{code}/retire")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Retire a major category (停用大类)", description = """
			Retires a major: it takes no new sub-categories and is listed with `retired = true`. Only when all its \
			sub-categories are deactivated, or with `cascade=true`, which deactivates the active ones (each gets a \
			new, inactive version; running cases keep theirs). Role: ADMIN.""")
	@ApiResponse(responseCode = "200", description = "The retired major category")
	@ApiResponse(responseCode = "404", description = "No such major category")
	@ApiResponse(responseCode = "409", description = "Already retired, or it still has active sub-categories")
	MajorCategoryView retire(@PathVariable String kind, @PathVariable String code,
			@RequestParam(defaultValue = "false") boolean cascade, Principal principal) {
		return MajorCategoryView.of(majors.retire(kind(kind), code, cascade, principal.getName()));
	}

	private static CategoryKind kind(String kind) {
		try {
			return CategoryKind.valueOf(kind.strip());
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException("kind", "'" + kind + "' is not a kind: EVENT or COMPONENT");
		}
	}
}
