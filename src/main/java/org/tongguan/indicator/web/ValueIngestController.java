package org.tongguan.indicator.web;

import java.io.InputStream;

import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.tongguan.identity.Callers;
import org.tongguan.indicator.value.IngestResult;
import org.tongguan.indicator.value.ValueDraft;
import org.tongguan.indicator.value.ValueIngest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.SchemaProperty;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** 指标数据接入 — source systems push values, administrators import them from CSV; a batch is stored whole or not. */
@RestController
@Tag(name = "Indicators (城市体征)")
class ValueIngestController {

	private static final String CHECKS = """
			The batch is checked whole and stored all or nothing: each value names a registered, unretired \
			indicator, a region of the platform at the indicator's level or above, a period of the indicator's \
			frequency that has begun (`2025-03-05`, `2025-W10`, `2025-03`, `2025-Q1`, `2025`), a number in the \
			indicator's valid range, and no two the same indicator, region and period. Problems answer 400, each \
			named by its line (`field = "line 7"`). A value for a region and period that has one already replaces it \
			as the next revision (the earlier one stays readable as of before); an equal value changes nothing, so \
			the same batch sent again changes nothing.""";

	private final ValueIngest ingest;

	private final Callers callers;

	ValueIngestController(ValueIngest ingest, Callers callers) {
		this.ingest = ingest;
		this.callers = callers;
	}

	@PostMapping(path = "/api/indicator-values", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasRole('EXTERNAL_SYSTEM')")
	@Operation(summary = "Push indicator values (数据推送)", description = """
			A source system (一数一源) pushes a batch `{"values": [{indicator, region, period, value}, ...]}` with \
			its API key for the purpose INDICATOR_SOURCE (`X-API-Key`; created by an administrator with the \
			department owning the data, the key's name being the system's name). It writes only the indicators \
			whose source names its department and system, and only regions within its data scope: any other value \
			refuses the batch with 403 naming its lines. """ + CHECKS)
	@io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
			mediaType = MediaType.APPLICATION_JSON_VALUE,
			schemaProperties = @SchemaProperty(name = "values",
					array = @ArraySchema(schema = @Schema(implementation = ValueDraft.class))),
			examples = @ExampleObject("""
					{"values": [{"indicator": "L8P1-A3", "region": "440304", "period": "2025-03-05", "value": 21.4},
					 {"indicator": "L8P1-A3", "region": "440300", "period": "2025-03-05", "value": 19.8}]}""")))
	@ApiResponse(responseCode = "200", description = "How many values were new, corrected and unchanged")
	@ApiResponse(responseCode = "409", description = "Another batch wrote the same values at the same moment")
	IngestResult push(InputStream batch) {
		return ingest.push(batch, callers.current());
	}

	@PostMapping(path = "/api/admin/indicator-values/import", consumes = { "text/csv", MediaType.TEXT_PLAIN_VALUE })
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Import indicator values from CSV (数据导入)", description = """
			An administrator imports values from a CSV file (UTF-8, RFC 4180) with the header `indicator, region, \
			period, value`; they are recorded with the source IMPORT and the administrator as their sender, for \
			regions within the administrator's data scope (others refuse the file with 403 naming their lines). \
			""" + CHECKS)
	@io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(mediaType = "text/csv",
			schema = @Schema(type = "string"), examples = @ExampleObject("""
					indicator,region,period,value
					L8P1-A3,440304,2025-03-05,21.4
					L8P1-A3,440300,2025-03-05,19.8""")))
	@ApiResponse(responseCode = "200", description = "How many values were new, corrected and unchanged")
	@ApiResponse(responseCode = "409", description = "Another batch wrote the same values at the same moment")
	@ApiResponse(responseCode = "415", description = "Not text/csv")
	IngestResult importCsv(@RequestBody String csv) {
		return ingest.importCsv(csv, callers.current());
	}
}
