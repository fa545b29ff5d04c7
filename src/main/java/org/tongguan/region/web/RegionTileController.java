package org.tongguan.region.web;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.tongguan.region.RegionReadingScope;
import org.tongguan.region.internal.BoundaryTiles;
import org.tongguan.shared.geo.tiles.TileCoordinate;
import org.tongguan.shared.geo.tiles.VectorTileResponses;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The region boundaries as vector tiles (区划底图), the console's offline base map, within the caller's data scope. */
@RestController
@Tag(name = "Map tiles (地图瓦片)")
class RegionTileController {

	private final BoundaryTiles tiles;

	private final RegionReadingScope scope;

	RegionTileController(BoundaryTiles tiles, RegionReadingScope scope) {
		this.tiles = tiles;
		this.scope = scope;
	}

	@GetMapping("/api/tiles/regions/{z}/{x}/{y}.mvt")
	@PreAuthorize("hasAnyRole('OPERATOR', 'SHIFT_LEAD', 'DISPATCHER', 'HANDLER', 'INSPECTOR', 'LEADER', 'ADMIN')")
	@Operation(summary = "Region boundary tile (区划底图瓦片)", description = """
			One web-mercator tile (XYZ, y from the north) of the region boundaries as a Mapbox Vector Tile (extent \
			4096): layer `boundary` with the outlines and layer `label` with one point per region inside the tile, \
			both with `code`, `name` and `level`. A zoom shows districts (区) up to z 10, streets (街道) at z 9–12, \
			communities (社区) at z 11–14 and unit grids (单元网格) from z 13. Only regions within the caller's data \
			scope appear; an empty tile answers 204. People of every role (OPERATOR, SHIFT_LEAD, DISPATCHER, \
			HANDLER, INSPECTOR, LEADER, ADMIN) may read it.""")
	@ApiResponse(responseCode = "200", description = "The tile", content = @Content(
			mediaType = "application/vnd.mapbox-vector-tile", schema = @Schema(type = "string", format = "binary")))
	@ApiResponse(responseCode = "204", description = "No region of the caller's scope touches the tile")
	@ApiResponse(responseCode = "400", description = "z outside 0–22, or x or y outside the zoom's range "
			+ "(`errors[]` names the segment)")
	@ApiResponse(responseCode = "404", description = "Not a tile path (e.g. without `.mvt`)")
	ResponseEntity<byte[]> tile(@PathVariable String z, @PathVariable String x, @PathVariable String y) {
		return VectorTileResponses.of(tiles.tile(TileCoordinate.parse(z, x, y), scope.readableRoot()));
	}
}
