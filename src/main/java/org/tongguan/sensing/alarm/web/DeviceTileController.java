package org.tongguan.sensing.alarm.web;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.tongguan.shared.geo.tiles.TileCoordinate;
import org.tongguan.shared.geo.tiles.VectorTileResponses;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The devices (感知设备) and their active alarms on the city map as vector tiles, within the caller's data scope. */
@RestController
@Tag(name = "Map tiles (地图瓦片)")
class DeviceTileController {

	private final DeviceTiles tiles;

	DeviceTileController(DeviceTiles tiles) {
		this.tiles = tiles;
	}

	@GetMapping("/api/tiles/devices/{z}/{x}/{y}.mvt")
	@PreAuthorize("hasAnyRole('OPERATOR', 'SHIFT_LEAD', 'DISPATCHER', 'HANDLER', 'INSPECTOR', 'LEADER', 'ADMIN')")
	@Operation(summary = "Device map tile (设备分布瓦片)", description = """
			One web-mercator tile (XYZ, y from the north) of the devices in the caller's data scope as a Mapbox \
			Vector Tile (extent 4096). Layer `devices`: every device in use or in maintenance (retired ones are left \
			out) with `id` (its code), `type` (device type code) and `state`: ALARM while it has an active alarm, \
			else ONLINE (heard from within its type's timeout) or OFFLINE (silent longer, or never heard from). \
			Layer `alarms`: the active alarms (not cleared) at their device's position, with `id`, `level` (BLUE, \
			YELLOW, ORANGE, RED) and `device` (its code). An empty tile answers 204. People of every role \
			(OPERATOR, SHIFT_LEAD, DISPATCHER, HANDLER, INSPECTOR, LEADER, ADMIN) may read it.""")
	@ApiResponse(responseCode = "200", description = "The tile", content = @Content(
			mediaType = "application/vnd.mapbox-vector-tile", schema = @Schema(type = "string", format = "binary")))
	@ApiResponse(responseCode = "204", description = "No device of the caller's scope stands in the tile")
	@ApiResponse(responseCode = "400", description = "z outside 0–22, or x or y outside the zoom's range "
			+ "(`errors[]` names the segment)")
	@ApiResponse(responseCode = "404", description = "Not a tile path (e.g. without `.mvt`)")
	ResponseEntity<byte[]> tile(@PathVariable String z, @PathVariable String x, @PathVariable String y) {
		return VectorTileResponses.of(tiles.tile(TileCoordinate.parse(z, x, y)));
	}
}
