package org.tongguan.casework.web;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tongguan.casework.CaseStage;
import org.tongguan.casework.Channel;
import org.tongguan.casework.intake.CategoryNames;
import org.tongguan.casework.map.CaseTiles;
import org.tongguan.shared.InvalidInputException;
import org.tongguan.shared.PlatformProperties;
import org.tongguan.shared.geo.tiles.TileCoordinate;
import org.tongguan.shared.geo.tiles.VectorTileResponses;

/** The cases on the city map (案件一张图) as vector tiles, clustered by zoom, within the caller's data scope. */
@RestController
@Tag(name = "Map tiles (地图瓦片)")
class CaseTileController {

	private final CaseTiles tiles;

	private final CategoryNames categories;

	private final ZoneId zone;

	CaseTileController(CaseTiles tiles, CategoryNames categories, PlatformProperties platform) {
		this.tiles = tiles;
		this.categories = categories;
		this.zone = platform.zone();
	}

	@GetMapping("/api/tiles/cases/{z}/{x}/{y}.mvt")
	@PreAuthorize("hasAnyRole('OPERATOR', 'SHIFT_LEAD', 'DISPATCHER', 'HANDLER', 'INSPECTOR', 'LEADER', 'ADMIN')")
	@Operation(summary = "Case map tile (案件分布瓦片)", description = """
			One web-mercator tile (XYZ, y from the north) of the cases in the caller's data scope as a Mapbox Vector \
			Tile (extent 4096), layer `cases`. Below z 15 the server clusters: points with `count` (cases in the \
			cluster) and `cluster=true`, one per occupied cell of a 16×16 grid over the tile, at the mean position of \
			its cases. From z 15 single cases (the 10,000 newest of the tile at most) with `id` (the case number), \
			`stage`, `category` (sub-category code), `light` (GREEN, YELLOW, RED or NONE) and `cluster=false`. \
			Filters, all optional: `from` and `to` (report days in the city's zone, ISO dates, `to` exclusive), \
			`category`, `stage` (several allowed), `channel` and `department` (the handling department). Imported \
			backlog is left out. An empty tile answers 204. People of every role (OPERATOR, SHIFT_LEAD, DISPATCHER, \
			HANDLER, INSPECTOR, LEADER, ADMIN) may read it.""")
	@ApiResponse(responseCode = "200", description = "The tile", content = @Content(
			mediaType = "application/vnd.mapbox-vector-tile", schema = @Schema(type = "string", format = "binary")))
	@ApiResponse(responseCode = "204", description = "No case of the caller's scope and the filter lies in the tile")
	@ApiResponse(responseCode = "400", description = "z outside 0–22, x or y outside the zoom's range, a date that "
			+ "is not an ISO date, `from` not before `to`, or an unknown stage, channel or category (`errors[]` "
			+ "names each)")
	@ApiResponse(responseCode = "404", description = "Not a tile path (e.g. without `.mvt`)")
	@Parameter(name = "from", description = "first report day, inclusive", example = "2026-12-01")
	@Parameter(name = "to", description = "report day to stop before (exclusive)", example = "2026-12-08")
	ResponseEntity<byte[]> tile(@PathVariable String z, @PathVariable String x, @PathVariable String y,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String category, @RequestParam(required = false) Set<CaseStage> stage,
			@RequestParam(required = false) Channel channel, @RequestParam(required = false) String department) {
		TileCoordinate coordinate = TileCoordinate.parse(z, x, y);
		Instant start = day("from", from);
		Instant end = day("to", to);
		if (start != null && end != null && !start.isBefore(end)) {
			throw new InvalidInputException("to", "must be a later day than from (" + from + ")");
		}
		return VectorTileResponses.of(tiles.tile(coordinate, new CaseTiles.Filter(start, end,
				categories.resolve("category", category), stage, channel,
				RequestValues.department("department", department))));
	}

	private Instant day(String field, String text) {
		try {
			return text == null ? null : LocalDate.parse(text).atStartOfDay(zone).toInstant();
		}
		catch (DateTimeException e) {
			throw new InvalidInputException(field, "'" + text + "' is not a date like 2026-12-01");
		}
	}
}
