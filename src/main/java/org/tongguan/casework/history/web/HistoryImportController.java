package org.tongguan.casework.history.web;

import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tongguan.casework.history.HistoryImport;
import org.tongguan.casework.history.ImportReport;
import org.tongguan.casework.internal.Actor;
import org.tongguan.identity.Callers;
import org.tongguan.identity.Role;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.tags.Tag;

/** 历史案件导入 — administrators import past cases from CSV so statistics cover the city's history. */
@RestController
@RequestMapping("/api/admin/cases/history-import")
@Tag(name = "Administration: history import (历史案件导入)")
class HistoryImportController {

	static final String DESCRIPTION = """
			Imports past cases from a CSV file (body `text/csv`, UTF-8, comma-separated, RFC 4180 quoting, a header \
			row) into the case store without starting workflows: each case is stored with `imported = true`, channel \
			HISTORY_IMPORT and one timeline entry noting the import, and counts in the statistics.

			**Columns.** A column named like a field (any case, `_`/`-`/spaces ignored, or the Chinese label) needs no \
			mapping; otherwise map it with a query parameter `<field>=<column header>`, e.g. \
			`?reportedAt=上报日期&category=小类`. Fields: `externalId` (required, ≤ 100 characters, unique), \
			`reportedAt` (required), `acceptedAt`, `filedAt`, `dispatchedAt`, `handledAt`, `verifiedAt`, `closedAt`, \
			`evaluatedAt` (the time each stage was reached; they must not decrease in this order and not lie in the \
			future), `dueAt`, `category` (required, a sub-category code such as E0101), `urgency` \
			(NORMAL/URGENT/CRITICAL or 一般/紧急/特急; default the category's), `department` (the lead department's \
			code), `longitude` + `latitude` (located to grid, community, street and district; must lie in the city) \
			or `region` (a grid, community, street or district code; when both are given the point must lie in the \
			region), `address`, `description`, `stage` (a stage name or label such as CLOSED or 已办结; default: the \
			stage the latest time reached, CLOSED once closed), `satisfaction` (SATISFIED/BASICALLY_SATISFIED/\
			DISSATISFIED or 满意/基本满意/不满意; needs `closedAt`; `evaluatedAt` defaults to `closedAt`), \
			`dispatchCount` (default 1 when `dispatchedAt` is given), `returnCount`, `reworkCount`, `reopenCount`.

			**Times**: `yyyy-MM-dd HH:mm[:ss[.SSS]]`, also with `/` or `T`, on the city's wall clock unless followed \
			by `Z` or an offset (`+08:00`).

			**Due time**: the `dueAt` column when given; otherwise the overall limit of the category's *current* \
			catalogue version at the case's urgency, counted from `reportedAt` on the working calendar (24×7 for \
			round-the-clock categories). On time (按期) means closed no later than the due time.

			**Errors.** Every row is validated; problems are listed (at most 1,000) as `errors[]` with \
			`field = "line 12"` (the header is line 1). By default nothing is stored when any row is invalid (400). \
			With `partial=true` the valid rows are stored and the invalid ones reported (200).

			**Re-import.** A row whose `externalId` was imported before is skipped (counted as `skipped`), so the same \
			file can be imported again without duplicating cases; an external id appearing twice in one file is \
			invalid on its second line.""";

	/** Spring Security's CSRF token parameter, which a browser form may send along; not a column mapping. */
	private static final String CSRF_PARAMETER = "_csrf";

	private final HistoryImport history;

	private final Callers callers;

	HistoryImportController(HistoryImport history, Callers callers) {
		this.history = history;
		this.callers = callers;
	}

	@PostMapping(consumes = { "text/csv", MediaType.TEXT_PLAIN_VALUE })
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Import past cases from CSV (历史案件导入)", description = DESCRIPTION)
	@RequestBody(required = true, content = @Content(mediaType = "text/csv", schema = @Schema(type = "string"),
			examples = @ExampleObject("externalId,reportedAt,closedAt,category,longitude,latitude\n"
					+ "A-1,2025-03-03 09:00,2025-03-03 17:00,E0101,114.0579,22.5431")))
	ImportReport importCases(InputStream body,
			@Parameter(description = "store the valid rows and report the invalid ones, instead of storing nothing "
					+ "when any row is invalid") @RequestParam(defaultValue = "false") boolean partial,
			@Parameter(hidden = true) @RequestParam Map<String, String> parameters) {
		Map<String, String> mapping = new HashMap<>(parameters);
		mapping.remove("partial");
		mapping.remove(CSRF_PARAMETER);
		return history.run(body, mapping, partial, Actor.of(callers.current(), Role.ADMIN));
	}
}
