package org.tongguan.catalog.web;

import java.security.Principal;

import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tongguan.catalog.importing.CatalogImport;
import org.tongguan.catalog.importing.CatalogImportDocument;
import org.tongguan.catalog.importing.CatalogImportResult;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/** 事项清单导入 — administrators import a whole catalogue, all or nothing. */
@RestController
@RequestMapping("/api/admin/catalog/import")
@PreAuthorize("hasRole('ADMIN')")
class CatalogImportController {

	private static final String COMMON = """
			All or nothing: every error is listed (`field = "line 7"` in CSV, `categories[3].name` in JSON) and \
			nothing is stored. A sub-category without a code is the one of its major with the same name, else it \
			gets the next free code (`<E|C><major><NN>`); the answer lists assigned codes. Limits left out come from \
			the major's defaults, then the catalogue-wide defaults (`tongguan.catalog.default-limits.*`). Function \
			values are any department function code (built-in or the city's own) or a built-in label such as 城管. \
			Importing the same file again changes nothing. Role: ADMIN.""";

	private final CatalogImport imports;

	CatalogImportController(CatalogImport imports) {
		this.imports = imports;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Import a whole catalogue from JSON (事项清单导入)", description = """
			Body `{"majors": [{"kind": "EVENT", "code": "07", "name": "...", "stageLimits": {...}}], \
			"categories": [{"kind": "EVENT", "majorName": "...", "name": "...", "responsibility": {"street": \
			"CHENGGUAN"}}]}`, each item in the shape of the single create endpoints. """ + COMMON)
	@ApiResponse(responseCode = "200", description = "Counts and the assigned codes")
	@ApiResponse(responseCode = "400", description = "Errors naming each item and field; nothing stored")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject("""
			{"majors": [{"kind": "EVENT", "name": "Roads", "stageLimits": {"HANDLE": "2d"}}],
			 "categories": [{"kind": "EVENT", "majorName": "Roads", "name": "Pothole", "responsibility": {"street": "城管"}}]}""")))
	CatalogImportResult importJson(@RequestBody CatalogImportDocument document, Principal principal) {
		return imports.importJson(document, principal.getName());
	}

	@PostMapping(consumes = { "text/csv", MediaType.TEXT_PLAIN_VALUE })
	@Operation(summary = "Import a whole catalogue from CSV (事项清单导入)", description = """
			Body `text/csv` (UTF-8, RFC 4180, header row), one row per sub-category, columns `kind, majorCode, \
			majorName, code, name, cityFunction, districtFunction, streetFunction, defaultLevel, defaultUrgency, \
			limit, accept, file, dispatch, handle, verify, close, roundTheClock, policeMatter, closingConditions, \
			legalBasis`; empty cells take the defaults; a major named but not yet known is created (its code \
			assigned unless `majorCode` gives one). """ + COMMON)
	@ApiResponse(responseCode = "200", description = "Counts and the assigned codes with their lines")
	@ApiResponse(responseCode = "400", description = "Errors naming each line; nothing stored")
	@ApiResponse(responseCode = "415", description = "Neither application/json nor text/csv")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(mediaType = "text/csv",
			schema = @Schema(type = "string"), examples = @ExampleObject("""
					kind,majorCode,majorName,code,name,cityFunction,districtFunction,streetFunction,defaultLevel,defaultUrgency,limit,accept,file,dispatch,handle,verify,close,roundTheClock,policeMatter,closingConditions,legalBasis
					EVENT,,Roads,,Pothole,,,CHENGGUAN,,,2d,,,,1d,,,,,,""")))
	CatalogImportResult importCsv(@RequestBody String csv, Principal principal) {
		return imports.importCsv(csv, principal.getName());
	}
}
