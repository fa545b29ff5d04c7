package org.tongguan.indicator.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tongguan.identity.Callers;
import org.tongguan.indicator.registry.RegistryDocument;
import org.tongguan.indicator.registry.RegistryExport;
import org.tongguan.indicator.registry.RegistryImport;
import org.tongguan.indicator.registry.RegistryImportResult;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** 指标目录导入导出 — administrators import and export the whole registry as JSON or CSV. */
@RestController
@RequestMapping("/api/admin/indicators")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Administration: indicators (指标管理)")
class RegistryTransferController {

	private static final String ALL_OR_NOTHING = """
			All or nothing: every plan is read and checked against the registry as it will be (parents, \
			departments, frequencies of indicators with values); every problem is listed by its line (`field = \
			"line 12"`, the message naming the item and attribute) and nothing is stored. New indicators get version \
			1, changed ones their next version (the item's `note`, else "import"), unchanged ones nothing: importing \
			the same file again changes nothing.""";

	private final RegistryImport imports;

	private final RegistryExport export;

	private final Callers callers;

	RegistryTransferController(RegistryImport imports, RegistryExport export, Callers callers) {
		this.imports = imports;
		this.export = export;
		this.callers = callers;
	}

	@PostMapping(path = "/import", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Import indicators from JSON (指标目录导入)", description = """
			Body `{"indicators": [plan, ...]}`, each plan in the form of `POST /api/admin/indicators` (the form the \
			export writes). """ + ALL_OR_NOTHING)
	@io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
			mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = RegistryDocument.class),
			examples = @ExampleObject("""
					{"indicators": [{"code": "L8", "name": "生态环境", "definition": "生态环境质量总体状况",
					 "caliber": "全市", "method": "下级指标加权", "unit": "分", "direction": "HIGHER_BETTER",
					 "indicatorClass": "CITY", "domain": "ENVIRONMENT", "level": "CITY", "frequency": "MONTHLY",
					 "expectedDelay": "P10D", "sourceDepartment": "440300-SHENGTAI", "sourceSystem": "eco-index",
					 "responsibleDepartment": "440300-SHENGTAI", "grade": "PUBLIC", "min": 0, "max": 100}]}""")))
	@ApiResponse(responseCode = "200", description = "How many indicators were created, revised and left unchanged")
	RegistryImportResult importJson(@RequestBody String document) {
		return imports.importJson(document, callers.current().username());
	}

	@PostMapping(path = "/import", consumes = { "text/csv", MediaType.TEXT_PLAIN_VALUE })
	@Operation(summary = "Import indicators from CSV (指标目录导入)", description = """
			Body `text/csv` (UTF-8, RFC 4180, a header row), one indicator per row, columns as the CSV export \
			writes them: `code, name, definition, caliber, method, unit, direction, indicatorClass, domain, level, \
			frequency, expectedDelay, sourceDepartment, sourceSystem, responsibleDepartment, references, grade, \
			highFrequency, min, max, target, targetLow, targetHigh, blueBelow, blueAbove, yellowBelow, yellowAbove, \
			orangeBelow, orangeAbove, redBelow, redAbove, hysteresis, responsePlan, retired, note`; columns may be \
			left out, an unknown column is refused; `references` as `ISO_37120:8.1; CITY_CHECKUP:生态宜居-3`. \
			""" + ALL_OR_NOTHING)
	@io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(mediaType = "text/csv",
			schema = @Schema(type = "string"), examples = @ExampleObject("""
					code,name,definition,caliber,method,unit,direction,indicatorClass,domain,level,frequency,expectedDelay,sourceDepartment,sourceSystem,responsibleDepartment,grade,min,max
					L8,生态环境,生态环境质量总体状况,全市,下级指标加权,分,HIGHER_BETTER,CITY,ENVIRONMENT,CITY,MONTHLY,P10D,440300-SHENGTAI,eco-index,440300-SHENGTAI,PUBLIC,0,100""")))
	@ApiResponse(responseCode = "200", description = "How many indicators were created, revised and left unchanged")
	@ApiResponse(responseCode = "415", description = "Neither application/json nor text/csv")
	RegistryImportResult importCsv(@RequestBody String csv) {
		return imports.importCsv(csv, callers.current().username());
	}

	@GetMapping("/export")
	@Operation(summary = "Export the registry (指标目录导出)", description = """
			The current plan of every indicator, retired ones included, in the order of their codes: `format=JSON` \
			(default) as `{"indicators": [...]}`, `format=CSV` with a header row; both in the form the import \
			reads.""")
	@ApiResponse(responseCode = "200", description = "The registry", content = {
			@Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = RegistryDocument.class)),
			@Content(mediaType = "text/csv", schema = @Schema(type = "string")) })
	ResponseEntity<?> export(@RequestParam(defaultValue = "JSON") ExportFormat format) {
		ResponseEntity.BodyBuilder answer = ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename("indicators." + format.name().toLowerCase(Locale.ROOT))
				.build()
				.toString());
		return format == ExportFormat.CSV
				? answer.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8)).body(export.csv())
				: answer.contentType(MediaType.APPLICATION_JSON).body(export.document());
	}

	/** The form of an export. */
	enum ExportFormat {
		/** {@code {"indicators": [...]}}. */
		JSON,
		/** CSV with a header row. */
		CSV
	}
}
