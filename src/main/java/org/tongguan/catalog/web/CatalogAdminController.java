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

/** Edits the catalogue: every change publishes a new version; administrators only. */
@RestController
@RequestMapping("/api/admin/catalog/categories")
@PreAuthorize("hasRole('ADMIN')")
class CatalogAdminController {

	private final CatalogEditor editor;

	private final Catalog catalog;

	CatalogAdminController(CatalogEditor editor, Catalog catalog) {
		this.editor = editor;
		this.catalog = catalog;
	}

	/** Adds a sub-category as version 1. */
	@PostMapping
	ResponseEntity<VersionView> create(@RequestBody CategoryDraft draft, Principal principal) {
		CategoryVersion created = editor.create(draft, principal.getName());
		return ResponseEntity.created(URI.create("/api/catalog/categories/" + created.code()))
			.body(MajorNames.of(catalog).view(created));
	}

	/** Publishes the next version of a sub-category. */
	@PutMapping("/{code}")
	VersionView revise(@PathVariable String code, @RequestBody CategoryDraft draft, Principal principal) {
		return MajorNames.of(catalog).view(editor.revise(CodeParameter.parse(code), draft, principal.getName()));
	}

	/** Publishes a version that takes the sub-category out of use for new cases. */
	@PostMapping("/{code}/deactivate")
	VersionView deactivate(@PathVariable String code, @RequestBody(required = false) StateChange change,
			Principal principal) {
		return setActive(code, false, change, principal);
	}

	/** Publishes a version that puts the sub-category back into use. */
	@PostMapping("/{code}/activate")
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
