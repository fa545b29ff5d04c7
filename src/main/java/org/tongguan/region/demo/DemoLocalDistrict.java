package org.tongguan.region.demo;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.tongguan.shared.geo.GeoJson;

/**
 * A district cut into square tiles with overlapping margins, so that clipping a lattice cell to the district handles
 * only the district's edges nearby instead of all of them. Thread-safe; tiles are cut on first use.
 */
final class DemoLocalDistrict {

	/** The side of a tile in degrees (about 3 km). */
	private static final double TILE = 0.03;

	/** How far, in degrees, a tile reaches past its square (about 500 m, more than a cell's width). */
	private static final double MARGIN = 0.005;

	private final Geometry district;

	private final Map<Long, Geometry> tiles = new ConcurrentHashMap<>();

	DemoLocalDistrict(Geometry district) {
		this.district = district;
	}

	/** The intersection of a shape with the district, as a Polygon or MultiPolygon; cheap for small shapes. */
	Geometry clip(Geometry shape) {
		Envelope envelope = shape.getEnvelopeInternal();
		long column = (long) Math.floor(envelope.centre().x / TILE);
		long row = (long) Math.floor(envelope.centre().y / TILE);
		Envelope reach = new Envelope(column * TILE - MARGIN, (column + 1) * TILE + MARGIN, row * TILE - MARGIN,
				(row + 1) * TILE + MARGIN);
		Geometry near = !reach.contains(envelope) ? district
				: tiles.computeIfAbsent((column << 32) | (row & 0xffffffffL),
						key -> OverlayNGRobust.overlay(GeoJson.FACTORY.toGeometry(reach), district, OverlayNG.INTERSECTION));
		return DemoGrids.polygonal(OverlayNGRobust.overlay(shape, near, OverlayNG.INTERSECTION));
	}
}
