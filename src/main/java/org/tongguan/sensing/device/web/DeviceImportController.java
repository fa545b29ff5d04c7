package org.tongguan.sensing.device.web;

import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tongguan.sensing.device.registry.DeviceImport;
import org.tongguan.sensing.device.registry.ImportResult;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

/** 设备批量导入 — administrators register or update many devices from one CSV file. */
@RestController
@RequestMapping("/api/admin/sensing/devices/import")
@Tag(name = "Sensing: devices (设备)")
class DeviceImportController {

	private static final String DESCRIPTION = """
			Body `text/csv` (UTF-8, comma-separated, RFC 4180 quoting) with a header row naming the columns (any \
			order, any case): `code`, `name`, `type`, `longitude`, `latitude`, `owner` (required), `installedOn` \
			(yyyy-MM-dd), `installer`, `address`, `note`, `streamUrl` (cameras: http, https or rtsp), `status` \
			(ACTIVE, MAINTENANCE, RETIRED; default ACTIVE, or unchanged for a registered device), `secret` \
			(optional, ≥ 16 characters; generated when empty). A registered code updates that device (its secret \
			only when the row has one). Every row is checked like a single registration; problems are listed as \
			`errors[]` with `field = "line 12"` (the header is line 1). By default nothing is stored when any row \
			is invalid (400); with `partial=true` the valid rows are stored and the invalid ones reported (200). \
			The answer lists the generated secrets of the new devices — the only time they are shown.""";

	private final DeviceImport imports;

	DeviceImportController(DeviceImport imports) {
		this.imports = imports;
	}

	@PostMapping(consumes = { "text/csv", MediaType.TEXT_PLAIN_VALUE })
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Import devices from CSV (设备批量导入)", description = DESCRIPTION)
	@io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(mediaType = "text/csv",
			schema = @Schema(type = "string"), examples = @ExampleObject("""
					code,name,type,longitude,latitude,owner,installedOn
					WL-440304-0101,福华路积水点 1 号,water-level,114.0555,22.5372,440304-SHUIWU,2026-03-01""")))
	ImportResult importCsv(@RequestBody String csv, @RequestParam(defaultValue = "false") boolean partial) {
		return imports.importCsv(csv, partial);
	}
}
