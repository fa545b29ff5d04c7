package org.tongguan.sensing.archive.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tongguan.sensing.archive.ArchiveConflict;
import org.tongguan.sensing.archive.ArchiveImport;
import org.tongguan.sensing.archive.ArchiveResult;
import org.tongguan.sensing.device.DeviceScope;
import org.tongguan.shared.web.Problems;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/** 历史档案导入 — administrators import a sensor archive: readings with their measured times, and the alarms they imply. */
@RestController
@RequestMapping("/api/admin/sensing/readings/import")
class ArchiveImportController {

	static final String NDJSON = "application/x-ndjson";

	private static final String DESCRIPTION = """
			Role **ADMIN**; every device must lie in the caller's data scope. Imports historical readings of \
			registered devices in one all-or-nothing call and applies the alarm rules to them.

			**Body** (UTF-8 unless the content type names a charset): `text/csv` with a header row, wide \
			(`device,ts,pm25,pm10,…`: one reading per line, an empty cell where a reading lacks a metric) or long \
			(`device,ts,metric,value`: one value per line; the lines of one device and time form one reading); or \
			`application/x-ndjson`, one `{"device":"AQ-0001","ts":"…","values":{"pm25":35}}` per line. `ts`: \
			ISO-8601 with offset, a local time on the city clock (`2026-03-01 09:00:00`), or epoch milliseconds. \
			No age limit (`tongguan.sensing.telemetry.max-age` governs live intake only); at most \
			`max-future-skew` ahead. Values are checked as live readings are (metric of the device's type, number, \
			range). At most `tongguan.sensing.archive.max-readings` (1,000,000) readings per call.

			**All or nothing.** Every line is checked first; any problem answers 400 with `errors[]` of \
			`{"field": "line 12", "message": "ts: …"}` (the header is line 1) and nothing is stored. A device \
			that has readings stored within the archive's period of it (the same archive imported again, or live \
			data) answers 409, naming the device's first line; nothing is stored.

			**Alarms.** The current rules are applied to each device's readings in time order with each reading's \
			time as "now": thresholds, sustained durations, rates of change; no-data rules on the gaps between \
			consecutive readings. Alarms get the readings' times (`raisedAt`, `clearedAt`). Alarms also cleared \
			within the archive are stored cleared and open no case. An alarm still active at the archive's end \
			becomes the device's current alarm (opening a case as a live one would if the device's last archived \
			reading is within `max-age`), unless the device has later readings or a current alarm of that rule: \
			then it ends with the archive (`alarmsEnded`). See docs/sensing-archive.md.""";

	private final ArchiveImport imports;

	private final DeviceScope scope;

	ArchiveImportController(ArchiveImport imports, DeviceScope scope) {
		this.imports = imports;
		this.scope = scope;
	}

	@PostMapping(consumes = { "text/csv", NDJSON })
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Import a sensor archive (历史档案导入)", description = DESCRIPTION)
	@RequestBody(required = true, content = {
			@Content(mediaType = "text/csv", schema = @Schema(type = "string"), examples = {
					@ExampleObject(name = "wide", value = "device,ts,pm25,aqi\n"
							+ "AQ-0001,2026-03-01T09:00:00+08:00,35,48\nAQ-0001,2026-03-01 10:00:00,160,210"),
					@ExampleObject(name = "long", value = "device,ts,metric,value\n"
							+ "AQ-0001,1772326800000,pm25,35\nAQ-0001,1772326800000,aqi,48") }),
			@Content(mediaType = NDJSON, schema = @Schema(type = "string"), examples = @ExampleObject(
					"{\"device\":\"AQ-0001\",\"ts\":\"2026-03-01T09:00:00+08:00\",\"values\":{\"pm25\":35,\"aqi\":48}}\n"
							+ "{\"device\":\"AQ-0001\",\"ts\":1772330400000,\"values\":{\"aqi\":210}}")) })
	@ApiResponse(responseCode = "200", description = "Stored: counts of readings, values, devices and alarms, and "
			+ "the archive's first and last time", content = @Content(schema = @Schema(
					implementation = ArchiveResult.class), examples = @ExampleObject("{\"readings\":2,\"values\":4,"
							+ "\"devices\":1,\"alarmsRaised\":1,\"alarmsCleared\":0,\"alarmsActive\":1,"
							+ "\"alarmsEnded\":0,\"from\":\"2026-03-01T09:00:00+08:00\","
							+ "\"to\":\"2026-03-01T10:00:00+08:00\"}")))
	@ApiResponse(responseCode = "400", description = "A line is invalid (unknown device or metric, bad number or "
			+ "time, two readings of a device at one time, a device outside the caller's scope); `errors[]` names "
			+ "each line; nothing stored", content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "401", description = "Not signed in", content = @Content(
			mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "403", description = "The caller is not an administrator", content = @Content(
			mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "409", description = "A device has readings stored within the archive's period of "
			+ "it (imported before, or live); `errors[]` names the device's first line; nothing stored",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "415", description = "The body is neither text/csv nor application/x-ndjson",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	ArchiveResult importArchive(@RequestHeader(HttpHeaders.CONTENT_TYPE) MediaType type, InputStream body)
			throws IOException {
		ArchiveImport.Format format = type.isCompatibleWith(MediaType.parseMediaType(NDJSON))
				? ArchiveImport.Format.JSON_LINES : ArchiveImport.Format.CSV;
		InputStreamReader reader = new InputStreamReader(body,
				type.getCharset() == null ? StandardCharsets.UTF_8 : type.getCharset());
		return imports.importArchive(format, reader, scope::canSee);
	}

	@ExceptionHandler(ArchiveConflict.class)
	ProblemDetail conflict(ArchiveConflict conflict) {
		ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, "Conflict", conflict.getMessage());
		problem.setProperty("errors", conflict.violations());
		return problem;
	}
}
