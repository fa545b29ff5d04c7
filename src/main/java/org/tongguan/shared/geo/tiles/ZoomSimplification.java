package org.tongguan.shared.geo.tiles;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.simplify.DouglasPeuckerSimplifier;

/**
 * Thins a web-mercator line or polygon to the detail a zoom level can show: vertices closer than one tile unit
 * ({@link VectorTileBuilder#EXTENT} per tile side) to the simplified outline are dropped, keeping polygons valid.
 * Done once per shape and zoom, it spares every tile from clipping the full-detail outline.
 */
public final class ZoomSimplification {

	private ZoomSimplification() {
	}

	/** Metres of the web-mercator plane in one tile unit at this zoom. */
	public static double unitSize(int zoom) {
		return 2 * WebMercator.HALF_WORLD / (1L << zoom) / VectorTileBuilder.EXTENT;
	}

	/** The shape with the detail the zoom can show; the shape itself when nothing would be dropped. */
	public static Geometry atZoom(Geometry mercator, int zoom) {
		Geometry simple = DouglasPeuckerSimplifier.simplify(mercator, unitSize(zoom));
		return simple.isEmpty() || simple.getNumPoints() == mercator.getNumPoints() ? mercator : simple;
	}
}
