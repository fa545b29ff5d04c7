package org.tongguan.shared.geo.tiles;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.util.AffineTransformation;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.simplify.DouglasPeuckerSimplifier;

import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.MvtEncoder;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.UserDataKeyValueMapConverter;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.model.JtsLayer;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.model.JtsMvt;
import io.github.sebasbaumh.mapbox.vectortile.build.MvtLayerParams;

/**
 * Builds one Mapbox Vector Tile (MVT v2, extent {@value #EXTENT}) from web-mercator geometries: points inside the
 * tile and its buffer are kept, lines and polygons clipped to the buffered tile, every coordinate rounded to the
 * tile's grid and needless vertices dropped. Feature properties are strings, numbers or booleans.
 */
public final class VectorTileBuilder {

	/** Tile units along each side of a tile. */
	public static final int EXTENT = 4096;

	/** Tile units around the tile that clipped shapes keep, so strokes and labels join across tile edges. */
	public static final int BUFFER = 64;

	private static final GeometryFactory FACTORY = new GeometryFactory();

	private static final MvtLayerParams PARAMS = new MvtLayerParams(EXTENT);

	private final TileCoordinate tile;

	private final Envelope tileEnvelope;

	private final Envelope clip;

	private final Geometry clipShape;

	private final AffineTransformation toTile;

	private final Map<String, List<Geometry>> layers = new LinkedHashMap<>();

	private int features;

	/** An empty tile at this address. */
	public VectorTileBuilder(TileCoordinate tile) {
		this.tile = tile;
		this.tileEnvelope = tile.envelope();
		this.clip = tile.envelope((double) BUFFER / EXTENT);
		this.clipShape = FACTORY.toGeometry(clip);
		double scale = EXTENT / tileEnvelope.getWidth();
		this.toTile = new AffineTransformation().translate(-tileEnvelope.getMinX(), -tileEnvelope.getMaxY())
			.scale(scale, -scale);
	}

	/** The tile this builder fills. */
	public TileCoordinate tile() {
		return tile;
	}

	/** Metres of the web-mercator plane in one tile unit: the size below which detail cannot show. */
	public double unitSize() {
		return tileEnvelope.getWidth() / EXTENT;
	}

	/** The buffered square, in web-mercator metres, that features must touch to appear in the tile. */
	public Envelope clipEnvelope() {
		return new Envelope(clip);
	}

	/**
	 * Adds a point given in web-mercator metres to a layer; returns whether it lies within the buffered tile (and so
	 * was added).
	 */
	public boolean point(String layer, double x, double y, Map<String, ?> properties) {
		if (!clip.contains(x, y)) {
			return false;
		}
		Point point = FACTORY.createPoint(new org.locationtech.jts.geom.Coordinate(
				Math.round((x - tileEnvelope.getMinX()) * EXTENT / tileEnvelope.getWidth()),
				Math.round((tileEnvelope.getMaxY() - y) * EXTENT / tileEnvelope.getHeight())));
		return add(layer, point, properties);
	}

	/** Adds a point given in WGS-84 degrees; returns whether it lies within the buffered tile. */
	public boolean lonLatPoint(String layer, double longitude, double latitude, Map<String, ?> properties) {
		return point(layer, WebMercator.x(longitude), WebMercator.y(latitude), properties);
	}

	/**
	 * Adds a line or polygon given in web-mercator metres, clipped to the buffered tile; returns whether anything of
	 * it remained (a polygon smaller than a tile unit does not).
	 */
	public boolean shape(String layer, Geometry mercator, Map<String, ?> properties) {
		Envelope bounds = mercator.getEnvelopeInternal();
		if (!clip.intersects(bounds)) {
			return false;
		}
		Geometry clipped = clip.covers(bounds) ? mercator
				: OverlayNGRobust.overlay(mercator, clipShape, OverlayNG.INTERSECTION);
		if (clipped.isEmpty()) {
			return false;
		}
		Geometry local = toTile.transform(clipped);
		CoordinateMapping.TILE_ROUNDING.applyTo(local);
		DouglasPeuckerSimplifier simplifier = new DouglasPeuckerSimplifier(local);
		simplifier.setDistanceTolerance(0.5);
		simplifier.setEnsureValid(false);
		Geometry simple = simplifier.getResultGeometry();
		if (simple.isEmpty() || (mercator instanceof Polygonal && simple.getArea() < 1)) {
			return false;
		}
		return add(layer, simple, properties);
	}

	/** Whether no feature has been added. */
	public boolean isEmpty() {
		return features == 0;
	}

	/** The tile in the MVT protocol-buffer encoding; an empty array when it holds no feature. */
	public byte[] encode() {
		if (isEmpty()) {
			return new byte[0];
		}
		List<JtsLayer> encoded = new ArrayList<>(layers.size());
		layers.forEach((name, geometries) -> encoded.add(new JtsLayer(name, geometries, EXTENT)));
		return MvtEncoder.encode(new JtsMvt(encoded), PARAMS, new UserDataKeyValueMapConverter());
	}

	private boolean add(String layer, Geometry geometry, Map<String, ?> properties) {
		geometry.setUserData(properties);
		layers.computeIfAbsent(layer, name -> new ArrayList<>()).add(geometry);
		features++;
		return true;
	}
}
