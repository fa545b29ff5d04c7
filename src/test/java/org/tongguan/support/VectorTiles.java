package org.tongguan.support;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.springframework.test.web.servlet.ResultActions;
import org.tongguan.shared.geo.tiles.TileCoordinate;

import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.MvtReader;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.TagKeyValueMapConverter;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.model.JtsLayer;

/** Reads the Mapbox Vector Tiles the platform serves, for assertions on their features. */
public final class VectorTiles {

	/** The media type tiles are served as. */
	public static final String MVT = "application/vnd.mapbox-vector-tile";

	private VectorTiles() {
	}

	/** The features of one layer (none when the tile lacks the layer), each with its properties as user data. */
	public static List<Geometry> features(byte[] tile, String layer) {
		try {
			JtsLayer found = MvtReader
				.loadMvt(new ByteArrayInputStream(tile), new GeometryFactory(), new TagKeyValueMapConverter())
				.getLayer(layer);
			return found == null ? List.of() : List.copyOf(found.getGeometries());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The properties of every feature of one layer. */
	@SuppressWarnings("unchecked")
	public static List<Map<String, Object>> properties(byte[] tile, String layer) {
		return features(tile, layer).stream().map(feature -> (Map<String, Object>) feature.getUserData()).toList();
	}

	/** The tile at the zoom that holds a WGS-84 point, by the usual slippy-map formula. */
	public static TileCoordinate tileAt(double longitude, double latitude, int zoom) {
		double n = Math.pow(2, zoom);
		double phi = Math.toRadians(latitude);
		return new TileCoordinate(zoom, (int) Math.floor((longitude + 180) / 360 * n),
				(int) Math.floor((1 - Math.log(Math.tan(phi) + 1 / Math.cos(phi)) / Math.PI) / 2 * n));
	}

	/** The path of a layer's tile that holds a point, e.g. {@code /api/tiles/cases/15/26765/14276.mvt}. */
	public static String path(String layer, double longitude, double latitude, int zoom) {
		TileCoordinate tile = tileAt(longitude, latitude, zoom);
		return "/api/tiles/" + layer + "/" + tile.z() + "/" + tile.x() + "/" + tile.y() + ".mvt";
	}

	/** The tile of a 200 answer, after checking its media type and cache header. */
	public static byte[] body(ResultActions answer) throws Exception {
		return answer.andExpect(status().isOk())
			.andExpect(content().contentType(MVT))
			.andExpect(header().string("Cache-Control", "max-age=60, private"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	/** One property of every feature of one layer. */
	public static List<Object> property(byte[] tile, String layer, String name) {
		return properties(tile, layer).stream().map(properties -> properties.get(name)).toList();
	}
}
