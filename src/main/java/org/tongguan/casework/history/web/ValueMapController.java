package org.tongguan.casework.history.web;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tongguan.casework.history.HistoryValueMaps;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/** 值映射 — administrators store the tables that translate an old system's values for every later history import. */
@RestController
@RequestMapping("/api/admin/cases/history-import/value-maps/{field}")
class ValueMapController {

	private static final String FIELD = "category, department, region (also read for regionName), urgency, stage or "
			+ "satisfaction";

	private static final String TABLE = "the value map: each old value → the platform value it stands for";

	private final HistoryValueMaps valueMaps;

	ValueMapController(HistoryValueMaps valueMaps) {
		this.valueMaps = valueMaps;
	}

	@PutMapping
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Store a value map of the history import (值映射)", description = """
			Stores, in place of the one stored before, the table that translates the old system's values of one field \
			for every later history import: JSON `{"<old value>": "<platform value>"}`. Targets: a sub-category code \
			or exact name (category), a department code or exact name (department), a district, street, community \
			or grid code or exact name (region), a constant's name or label (urgency, stage, satisfaction). Old \
			values and targets are 1–200 characters, compared without surrounding spaces. Every target must name \
			exactly one thing; otherwise 400 names the entry (`category["A01"]`) and nothing is stored. A table sent \
			with one import (multipart `valueMaps`) is used in place of this one for that import. Roles: ADMIN.""")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = "application/json",
			examples = @ExampleObject("{\"A01\": \"E0101\", \"乱扔垃圾\": \"暴露垃圾\"}")))
	@ApiResponse(responseCode = "200", description = "the table as stored", content = @Content(schema = @Schema(type = "object",
			description = TABLE, additionalPropertiesSchema = String.class)))
	@ApiResponse(responseCode = "400", description = "an entry's target names nothing (unknown or ambiguous), a value "
			+ "is blank or too long, or the table is empty; nothing stored")
	@ApiResponse(responseCode = "403", description = "the caller is not an administrator")
	@ApiResponse(responseCode = "404", description = "the field has no value maps")
	Map<String, String> replace(@Parameter(description = FIELD) @PathVariable String field,
			@RequestBody Map<String, String> table) {
		return valueMaps.replace(field, table);
	}

	@GetMapping
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Read a stored value map of the history import (值映射)", description = """
			The stored table of one field, `{"<old value>": "<platform value>"}`, as every history import applies it. \
			Roles: ADMIN.""")
	@ApiResponse(responseCode = "200", description = "the stored table", content = @Content(schema = @Schema(type = "object",
			description = TABLE, additionalPropertiesSchema = String.class)))
	@ApiResponse(responseCode = "403", description = "the caller is not an administrator")
	@ApiResponse(responseCode = "404", description = "the field has no value maps, or none is stored for it")
	Map<String, String> read(@Parameter(description = FIELD) @PathVariable String field) {
		return valueMaps.of(field);
	}

	@DeleteMapping
	@PreAuthorize("hasRole('ADMIN')")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Remove a stored value map of the history import (值映射)", description = """
			Removes the stored table of one field; later imports read that field's values as they are. Roles: ADMIN.""")
	@ApiResponse(responseCode = "204", description = "removed")
	@ApiResponse(responseCode = "403", description = "the caller is not an administrator")
	@ApiResponse(responseCode = "404", description = "the field has no value maps, or none is stored for it")
	void remove(@Parameter(description = FIELD) @PathVariable String field) {
		valueMaps.remove(field);
	}
}
