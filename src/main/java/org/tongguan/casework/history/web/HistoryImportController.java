package org.tongguan.casework.history.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.tongguan.casework.history.HistoryImport;
import org.tongguan.casework.history.ImportReport;
import org.tongguan.casework.history.Importer;
import org.tongguan.casework.history.RejectedImportException;
import org.tongguan.casework.history.RejectedRows;
import org.tongguan.casework.history.ValueMaps;
import org.tongguan.identity.Callers;
import org.tongguan.shared.InvalidInputException;
import org.tongguan.shared.web.Problems;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/** 历史案件导入 — administrators import past cases from CSV so statistics cover the city's history. */
@RestController
@RequestMapping("/api/admin/cases/history-import")
@Tag(name = "Administration: history import (历史案件导入)")
class HistoryImportController {

	static final String DESCRIPTION = """
			Imports past cases from a CSV file (body `text/csv`, UTF-8, comma-separated, RFC 4180 quoting, a header \
			row) into the case store without starting workflows: each case is stored with `imported = true`, channel \
			HISTORY_IMPORT and one timeline entry noting the import, and counts in the statistics. Roles: ADMIN, and \
			only cases of the regions in the administrator's data scope (a row placed outside it is an invalid row).

			**Columns.** A column named like a field (any case, `_`/`-`/spaces ignored, or the Chinese label) needs no \
			mapping; otherwise map it with a query parameter `<field>=<column header>`, e.g. \
			`?reportedAt=上报日期&category=小类`. Fields: `externalId` (required, ≤ 100 characters, unique), \
			`reportedAt` (required), `acceptedAt`, `filedAt`, `dispatchedAt`, `handledAt`, `verifiedAt`, `closedAt`, \
			`evaluatedAt` (the time each stage was reached; they must not decrease in this order and not lie in the \
			future), `dueAt`, `category` (required, a sub-category code such as E0101 **or its exact name** such as \
			暴露垃圾), `urgency` (NORMAL/URGENT/CRITICAL or 一般/紧急/特急; default the category's), `department` (the \
			lead department's code **or exact name**), `longitude` + `latitude` (located to grid, community, street \
			and district; must lie in the city) or `region` (a grid, community, street or district code **or exact \
			name**) or `regionName` (a name, used when `region` is empty); when a point and a region are both given \
			the point must lie in the region. A row with neither point nor region is rejected. A name that several \
			categories, departments or regions bear is rejected with their codes. `address`, `description`, `stage` \
			(a stage name or label such as CLOSED or 已办结; default: the stage the latest time reached, CLOSED once \
			closed), `satisfaction` (SATISFIED/BASICALLY_SATISFIED/DISSATISFIED or 满意/基本满意/不满意; needs \
			`closedAt`; `evaluatedAt` defaults to `closedAt`), `dispatchCount` (default 1 when `dispatchedAt` is \
			given), `returnCount`, `reworkCount`, `reopenCount`.

			**Value maps** (值映射) translate the old system's values: for category, department, region (also read for \
			`regionName`), urgency, stage and satisfaction, a table `{"<old value>": "<platform code or name>"}`. \
			Store one with `PUT /api/admin/cases/history-import/value-maps/{field}` (used by every later import), or \
			send tables with one import as multipart (`file` + `valueMaps` part), each in place of the stored table \
			of its field. A value with an entry is read as its target; any other value as it is. Every target is \
			checked first: one that names nothing answers 400 naming the entry (`valueMaps.category["A01"]`). A value \
			that names nothing and has no entry rejects its row (naming line and value).

			**Multipart.** The same import as `multipart/form-data`: part `file` (the CSV) and an optional part \
			`valueMaps`, JSON `{"category": {"<old value>": "<code or name>"}, "department": {...}}`. Column \
			mappings and `partial` stay query parameters. (Parts are limited to 50 MB; send larger files as a \
			`text/csv` body with stored value maps.)

			**Times**: `yyyy-MM-dd HH:mm[:ss[.SSS]]`, also with `/` or `T`, on the city's wall clock unless followed \
			by `Z` or an offset (`+08:00`).

			**Due time**: the `dueAt` column when given; otherwise the overall limit of the category's *current* \
			catalogue version at the case's urgency, counted from `reportedAt` on the working calendar (24×7 for \
			round-the-clock categories). On time (按期) means closed no later than the due time.

			**Handling time without `filedAt`.** The statistics' handling time (办理时长) runs from filing to closure. \
			For a row without `filedAt` it runs from `acceptedAt`, else from `reportedAt`; the case still does not \
			count as filed. The answer's `derived` counts such cases (`handlingFromAcceptedAt`, \
			`handlingFromReportedAt`).

			**Imported backlog.** A case still open after import (not closed, voided, merged or transferred) is \
			imported backlog (`backlog` in the answer counts them): it has no workflow, hence no tasks or alarms, and \
			the case list (`GET /api/cases`) leaves it out unless `includeBacklog=true`. It counts in the statistics \
			like every imported case.

			**Errors.** Every row is validated; problems are listed (at most 1,000, then one entry with the total) as \
			`errors[]` with `field = "line 12"` (the header is line 1). When any row was rejected, the answer (or the \
			400 problem) carries `importId` and `rejectedRowsUrl`: `GET` it for every rejected row as CSV, uncut, \
			kept 7 days. By default nothing is stored when any row is invalid (400). With `partial=true` the valid \
			rows are stored and the invalid ones reported (200).

			**Re-import.** A row whose `externalId` was imported before is skipped (counted as `skipped`), so the same \
			file can be imported again without duplicating cases; an external id appearing twice in one file is \
			invalid on its second line.""";

	/** An example file. */
	static final String EXAMPLE = "externalId,reportedAt,closedAt,category,longitude,latitude\n"
			+ "A-1,2025-03-03 09:00,2025-03-03 17:00,E0101,114.0579,22.5431";

	/** What the parameter {@code partial} does. */
	static final String PARTIAL = "store the valid rows and report the invalid ones, instead of storing nothing when "
			+ "any row is invalid";

	/** Spring Security's CSRF token parameter, which a browser form may send along; not a column mapping. */
	private static final String CSRF_PARAMETER = "_csrf";

	/** The parameters and parts of an import that are no column mapping. */
	private static final List<String> NOT_COLUMNS = List.of("partial", CSRF_PARAMETER, "file", "valueMaps");

	private final HistoryImport history;

	private final RejectedRows rejectedRows;

	private final Callers callers;

	private final ObjectMapper json;

	HistoryImportController(HistoryImport history, RejectedRows rejectedRows, Callers callers, ObjectMapper json) {
		this.history = history;
		this.rejectedRows = rejectedRows;
		this.callers = callers;
		this.json = json;
	}

	@PostMapping(consumes = { "text/csv", MediaType.TEXT_PLAIN_VALUE })
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Import past cases from CSV (历史案件导入)", description = DESCRIPTION)
	@RequestBody(required = true, content = @Content(mediaType = "text/csv", schema = @Schema(type = "string"),
			examples = @ExampleObject(EXAMPLE)))
	@ApiResponse(responseCode = "200", description = "imported; with partial=true also when rows were rejected",
			useReturnTypeSchema = true)
	@ApiResponse(responseCode = "400", description = "the file, a column mapping or a value map is invalid, or "
			+ "(without partial=true) a row is; nothing stored. The problem names each line, and carries importId "
			+ "and rejectedRowsUrl when rows were rejected")
	@ApiResponse(responseCode = "403", description = "the caller is not an administrator")
	@ApiResponse(responseCode = "409", description = "another import stored some of these cases at the same time")
	ImportReport importCases(InputStream body,
			@Parameter(description = PARTIAL) @RequestParam(defaultValue = "false") boolean partial,
			@Parameter(hidden = true) @RequestParam Map<String, String> parameters) {
		return history.run(body, columns(parameters), ValueMaps.NONE, partial, importer());
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Import past cases from CSV (历史案件导入)", description = DESCRIPTION)
	@ApiResponse(responseCode = "200", description = "imported; with partial=true also when rows were rejected",
			useReturnTypeSchema = true)
	@ApiResponse(responseCode = "400", description = "the file, a column mapping or a value map entry (field "
			+ "`valueMaps.category[\"A01\"]`) is invalid, or (without partial=true) a row is; nothing stored")
	@ApiResponse(responseCode = "403", description = "the caller is not an administrator")
	@ApiResponse(responseCode = "409", description = "another import stored some of these cases at the same time")
	ImportReport importCasesWithValueMaps(@RequestPart("file") MultipartFile file,
			@Parameter(description = "value maps for this import, JSON: field → (old value → platform value)")
			@RequestPart(name = "valueMaps", required = false) String valueMaps,
			@Parameter(description = PARTIAL) @RequestParam(defaultValue = "false") boolean partial,
			@Parameter(hidden = true) @RequestParam Map<String, String> parameters) throws IOException {
		ValueMaps maps = parse(json, valueMaps);
		try (InputStream in = file.getInputStream()) {
			return history.run(in, columns(parameters), maps, partial, importer());
		}
	}

	@GetMapping(path = "/{importId}/rejected", produces = "text/csv")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Download the rejected rows of a history import (被拒绝的行)", description = """
			Every row an import rejected, as CSV (UTF-8): the columns `line` (the row's line in the file, the header \
			is line 1) and `reasons` (every problem of the row, separated by `; `), then the file's own columns with \
			the row's values. Nothing is cut: all rejected rows are listed, however many. Fix the rows and import \
			this file again; `line` and `reasons` are no fields and are ignored. Kept for 7 days \
			(`tongguan.casework.history-import.rejected-rows-kept`), readable by the administrator who ran the import. \
			Roles: ADMIN.""")
	@ApiResponse(responseCode = "200", description = "the rejected rows",
			content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
	@ApiResponse(responseCode = "403", description = "the caller is not an administrator")
	@ApiResponse(responseCode = "404", description = "no such import with rejected rows for this caller, or kept "
			+ "longer than the setting allows")
	void rejected(@PathVariable String importId, HttpServletResponse response) throws IOException {
		String caller = callers.current().username();
		rejectedRows.requireKept(importId, caller);
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"rejected-" + importId + ".csv\"");
		rejectedRows.write(importId, response.getWriter());
	}

	/** A failed import's problem also says where every rejected row can be downloaded. */
	@ExceptionHandler(RejectedImportException.class)
	ProblemDetail rejectedImport(RejectedImportException e) {
		ProblemDetail problem = Problems.invalid(e.getMessage(), e.violations());
		problem.setProperty("importId", e.importId());
		problem.setProperty("rejectedRowsUrl", e.rejectedRowsUrl());
		return problem;
	}

	/** The value maps part of a multipart import, {@link ValueMaps#NONE} when absent. */
	static ValueMaps parse(ObjectMapper json, String valueMaps) {
		if (valueMaps == null || valueMaps.isBlank()) {
			return ValueMaps.NONE;
		}
		try {
			return new ValueMaps(json.readValue(valueMaps, new TypeReference<Map<String, Map<String, String>>>() {
			}));
		}
		catch (JacksonException e) {
			throw new InvalidInputException("valueMaps", "not JSON of the form {\"category\": {\"<old value>\": "
					+ "\"<code or name>\"}, ...}: " + e.getOriginalMessage());
		}
	}

	/** The column mappings among an import's request parameters. */
	static Map<String, String> columns(Map<String, String> parameters) {
		Map<String, String> mapping = new HashMap<>(parameters);
		NOT_COLUMNS.forEach(mapping::remove);
		return mapping;
	}

	private Importer importer() {
		return Importer.of(callers.current());
	}
}
