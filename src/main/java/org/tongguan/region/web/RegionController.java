package org.tongguan.region.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tongguan.region.Location;
import org.tongguan.region.Region;
import org.tongguan.region.RegionCode;
import org.tongguan.region.RegionLevel;
import org.tongguan.region.internal.RegionService;
import org.tongguan.shared.InvalidInputException;
import org.tongguan.shared.NotFoundException;
import org.tongguan.shared.Violation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Reads the region hierarchy: lists, one region with its lineage, point lookup and GeoJSON export. */
@RestController
@RequestMapping("/api/regions")
@Tag(name = "Regions and grids (区划网格)")
class RegionController {

	private static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

	private final RegionService regions;

	RegionController(RegionService regions) {
		this.regions = regions;
	}

	@GetMapping
	@Operation(summary = "List regions of a level (区划)", description = """
			Every region of one level (`level`, e.g. DISTRICT 区, STREET 街道, COMMUNITY 社区 or GRID 单元网格) with \
			code, name and parent.""")
	@Parameter(name = "level", in = ParameterIn.QUERY, schema = @Schema(implementation = RegionLevel.class,
			defaultValue = "DISTRICT"))
	List<RegionView> list(@RequestParam(defaultValue = "DISTRICT") String level) {
		return regions.list(LevelParameter.parse("level", level)).stream().map(RegionView::of).toList();
	}

	@GetMapping("/{code}")
	@Operation(summary = "Read one region", description = """
			A region by its code (GB/T 2260 for districts, 9 digits for streets, 12 for communities, 15 for grids \
			per GB/T 30428.1), with its lineage (the regions above it) and how many children it has.""")
	RegionDetail detail(@PathVariable String code) {
		Region region = existing(code);
		List<RegionView> lineage = regions.lineage(region.code()).stream().skip(1).map(RegionView::of).toList();
		return new RegionDetail(region.code().value(), region.name(), region.level(), parentOf(region), lineage,
				regions.children(region.code()).size());
	}

	@GetMapping("/{code}/children")
	@Operation(summary = "A region's children", description = """
			The regions one level below, e.g. the streets of a district or the grids of a community.""")
	List<RegionView> children(@PathVariable String code) {
		return regions.children(existing(code).code()).stream().map(RegionView::of).toList();
	}

	@GetMapping("/locate")
	@Operation(summary = "Locate a point (定位到网格)", description = """
			The grid, community, street and district that contain a point (`lon`, `lat` in WGS 84 degrees); 404 when \
			it lies outside the platform's regions.""")
	LocationView locate(@RequestParam(required = false) Double lon, @RequestParam(required = false) Double lat) {
		List<Violation> violations = new ArrayList<>();
		checkCoordinate("lon", lon, 180, violations);
		checkCoordinate("lat", lat, 90, violations);
		if (!violations.isEmpty()) {
			throw new InvalidInputException("A point needs lon and lat in degrees", violations);
		}
		Location location = regions.locate(lon, lat)
			.orElseThrow(() -> new NotFoundException("(" + lon + ", " + lat + ") lies in no region of the platform"));
		return new LocationView(Named.of(location.grid()), Named.of(location.community()),
				Named.of(location.street()), Named.of(location.district()));
	}

	@GetMapping("/export")
	@Operation(summary = "Export boundaries as GeoJSON", description = """
			The boundaries of one level as a GeoJSON FeatureCollection (`application/geo+json`), optionally only \
			those within one region's subtree (`within`): the same shape the import reads.""")
	@ApiResponse(responseCode = "200", description = "A GeoJSON FeatureCollection", content = @Content(
			mediaType = "application/geo+json", schema = @Schema(type = "object", description = "GeoJSON "
					+ "FeatureCollection; each feature's properties hold code, name and parent")))
	@Parameter(name = "level", in = ParameterIn.QUERY, schema = @Schema(implementation = RegionLevel.class,
			defaultValue = "DISTRICT"))
	@Parameter(name = "within", in = ParameterIn.QUERY, description = "only the regions in this region's subtree",
			example = "440304")
	ResponseEntity<byte[]> export(@RequestParam(defaultValue = "DISTRICT") String level,
			@RequestParam(required = false) String within) {
		RegionLevel parsed = LevelParameter.parse("level", level);
		RegionCode scope = within == null ? null : existing(within).code();
		String file = "regions-" + parsed.name().toLowerCase(Locale.ROOT) + (scope == null ? "" : "-" + scope)
				+ ".geojson";
		return ResponseEntity.ok()
			.contentType(GEO_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(file).build().toString())
			.body(regions.export(parsed, scope));
	}

	private Region existing(String code) {
		RegionCode parsed = RegionCode.of(code);
		return regions.find(parsed).orElseThrow(() -> new NotFoundException("No region " + code));
	}

	private static void checkCoordinate(String name, Double value, double limit, List<Violation> violations) {
		if (value == null) {
			violations.add(new Violation(name, "required"));
		}
		else if (!(Math.abs(value) <= limit)) {
			violations.add(new Violation(name, "must lie between -" + (int) limit + " and " + (int) limit));
		}
	}

	private static String parentOf(Region region) {
		return region.parent() == null ? null : region.parent().value();
	}

	/** A region without its boundary. */
	record RegionView(String code, String name, RegionLevel level, String parent) {

		static RegionView of(Region region) {
			return new RegionView(region.code().value(), region.name(), region.level(), parentOf(region));
		}
	}

	/** A region with its ancestors (nearest first) and how many regions lie directly below it. */
	record RegionDetail(String code, String name, RegionLevel level, String parent, List<RegionView> lineage,
			int childCount) {
	}

	/** The regions a point lies in; levels the city has not mapped there are left out. */
	record LocationView(Named grid, Named community, Named street, Named district) {
	}

	/** A region's code and name. */
	record Named(String code, String name) {

		static Named of(Region region) {
			return region == null ? null : new Named(region.code().value(), region.name());
		}
	}
}
