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
import org.tongguan.region.internal.ImportMode;
import org.tongguan.region.internal.ImportOptions;
import org.tongguan.region.internal.ImportResult;
import org.tongguan.region.internal.RegionImporter;
import org.tongguan.shared.InvalidInputException;

/** Imports region boundaries of one level from a GeoJSON FeatureCollection; administrators only. */
@RestController
@RequestMapping("/api/admin/regions/import")
class RegionImportController {

	private final RegionImporter importer;

	RegionImportController(RegionImporter importer) {
		this.importer = importer;
	}

	@PostMapping(path = "/{level}", consumes = { MediaType.APPLICATION_JSON_VALUE, "application/geo+json" })
	@PreAuthorize("hasRole('ADMIN')")
	ImportResult importLevel(@PathVariable String level, @RequestBody byte[] body,
			@RequestParam(defaultValue = "code") String code, @RequestParam(defaultValue = "name") String name,
			@RequestParam(defaultValue = "parent") String parent, @RequestParam(defaultValue = "merge") String mode,
			@RequestParam(required = false) String within, @RequestParam(required = false) String parentName) {
		ImportOptions options = new ImportOptions(code, name, parent,
				parentName == null || parentName.isBlank() ? null : parentName.strip(), mode(mode),
				within == null || within.isBlank() ? null : RegionCode.of(within.strip()));
		return importer.importGeoJson(LevelParameter.parse("level", level),
				new String(body, StandardCharsets.UTF_8), options);
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
