package org.tongguan.region.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tongguan.region.RegionCode;
import org.tongguan.region.RegionLevel;
import org.tongguan.region.importing.ImportMode;
import org.tongguan.region.importing.ImportOptions;
import org.tongguan.region.importing.ImportPreview;
import org.tongguan.region.importing.ImportResult;
import org.tongguan.region.importing.RegionImporter;
import org.tongguan.shared.InvalidInputException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Imports region boundaries of one level from a GeoJSON FeatureCollection; administrators, within their data scope. */
@RestController
@RequestMapping("/api/admin/regions/import")
@Tag(name = "Regions and grids (区划网格)")
class RegionImportController {

	/** A feature collection of one district, as the API description's example. */
	static final String EXAMPLE = """
			{"type": "FeatureCollection", "features": [{"type": "Feature",
			  "properties": {"code": "440304", "name": "福田区", "parent": "440300"},
			  "geometry": {"type": "Polygon", "coordinates": [[[114.00, 22.50], [114.10, 22.50],
			    [114.10, 22.58], [114.00, 22.58], [114.00, 22.50]]]}}]}""";

	private final RegionImporter importer;

	RegionImportController(RegionImporter importer) {
		this.importer = importer;
	}

	@PostMapping(path = "/{level}", consumes = { MediaType.APPLICATION_JSON_VALUE, "application/geo+json" })
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Import boundaries of one level (区划导入)", description = """
			Imports the regions of one level from a GeoJSON FeatureCollection (Polygon or MultiPolygon features, \
			WGS 84). Feature properties name each region's code, name and parent code; the query parameters `code`, \
			`name` and `parent` say which property holds each (defaults `code`, `name`, `parent`). `mode=merge` \
			creates new codes and updates existing ones; `mode=replace` makes the level's regions (within `within`, \
			a region code, when given) exactly the file's features. All-or-nothing: every broken polygon, unknown \
			parent or duplicate code is listed in `errors[]` by feature (`features[3].properties.code`) and nothing \
			is stored. Administrators (ADMIN) only, within their data scope: a new region's parent, a changed \
			region itself, every region a replace removes and `within` must lie in the caller's scope, and a \
			PROVINCE or a CITY without a parent needs the platform-wide scope `000000`.""")
	@ApiResponse(responseCode = "200", description = "How many regions the import created, updated, left unchanged "
			+ "and removed, with the codes it assigned")
	@ApiResponse(responseCode = "403", description = "Not an administrator, or the import reaches outside the "
			+ "caller's data scope: `errors[]` names each feature, removed region or `within` that does "
			+ "(`features[3]`: \"its parent 440100 广州市 lies outside your data scope 440300 深圳市\"); nothing is "
			+ "stored")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
			@Content(mediaType = "application/geo+json", schema = @Schema(type = "object", description = "GeoJSON "
					+ "FeatureCollection"), examples = @ExampleObject(RegionImportController.EXAMPLE)),
			@Content(mediaType = "application/json", schema = @Schema(type = "object", description = "GeoJSON "
					+ "FeatureCollection"), examples = @ExampleObject(RegionImportController.EXAMPLE)) })
	@Parameter(name = "level", in = ParameterIn.PATH, required = true,
			schema = @Schema(implementation = RegionLevel.class))
	@Parameter(name = "mode", in = ParameterIn.QUERY, description = "MERGE adds and updates; REPLACE also removes "
			+ "the level's regions the file lacks (case-insensitive)",
			schema = @Schema(implementation = ImportMode.class, defaultValue = "MERGE"))
	@Parameter(name = "within", in = ParameterIn.QUERY, description = "limit a replace to this region's subtree")
	ImportResult importLevel(@PathVariable String level, @RequestBody byte[] body,
			@RequestParam(defaultValue = "code") String code, @RequestParam(defaultValue = "name") String name,
			@RequestParam(defaultValue = "parent") String parent, @RequestParam(defaultValue = "merge") String mode,
			@RequestParam(required = false) String within, @RequestParam(required = false) String parentName) {
		return importer.importGeoJson(LevelParameter.parse("level", level), new String(body, StandardCharsets.UTF_8),
				options(code, name, parent, mode, within, parentName));
	}

	@PostMapping(path = "/{level}/preview", consumes = { MediaType.APPLICATION_JSON_VALUE, "application/geo+json" })
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Preview a boundary import (区划导入预览)", description = """
			Validates a boundary import exactly as `POST /api/admin/regions/import/{level}` does (same body and \
			query parameters, same checks, same problem details) and answers what it would change, storing \
			nothing: the counts, each feature of the file with its code (assigned ones included) and whether it \
			would be CREATED, UPDATED or UNCHANGED, and the stored regions a replace would remove. The console shows \
			this on a map before the administrator commits the import. Administrators (ADMIN) only, within their \
			data scope.""")
	@ApiResponse(responseCode = "200", description = "What the import would change; nothing stored")
	@ApiResponse(responseCode = "400", description = "Every problem of the file, by feature; the import would be "
			+ "refused")
	@ApiResponse(responseCode = "403", description = "Not an administrator, or the import reaches outside the "
			+ "caller's data scope (`errors[]` by feature)")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
			@Content(mediaType = "application/geo+json", schema = @Schema(type = "object", description = "GeoJSON "
					+ "FeatureCollection"), examples = @ExampleObject(RegionImportController.EXAMPLE)),
			@Content(mediaType = "application/json", schema = @Schema(type = "object", description = "GeoJSON "
					+ "FeatureCollection"), examples = @ExampleObject(RegionImportController.EXAMPLE)) })
	@Parameter(name = "level", in = ParameterIn.PATH, required = true,
			schema = @Schema(implementation = RegionLevel.class))
	ImportPreview preview(@PathVariable String level, @RequestBody byte[] body,
			@RequestParam(defaultValue = "code") String code, @RequestParam(defaultValue = "name") String name,
			@RequestParam(defaultValue = "parent") String parent, @RequestParam(defaultValue = "merge") String mode,
			@RequestParam(required = false) String within, @RequestParam(required = false) String parentName) {
		return importer.preview(LevelParameter.parse("level", level), new String(body, StandardCharsets.UTF_8),
				options(code, name, parent, mode, within, parentName));
	}

	private static ImportOptions options(String code, String name, String parent, String mode, String within,
			String parentName) {
		return new ImportOptions(code, name, parent,
				parentName == null || parentName.isBlank() ? null : parentName.strip(), mode(mode),
				within == null || within.isBlank() ? null : RegionCode.of(within.strip()));
	}

	private static ImportMode mode(String mode) {
		try {
			return ImportMode.valueOf(mode.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException("mode", "'" + mode + "' is not a mode; expected merge or replace");
		}
	}
}
