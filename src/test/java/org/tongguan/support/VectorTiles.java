package org.tongguan.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

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

	/** One property of every feature of one layer. */
	public static List<Object> property(byte[] tile, String layer, String name) {
		return properties(tile, layer).stream().map(properties -> properties.get(name)).toList();
	}
}
