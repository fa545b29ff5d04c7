package org.tongguan.region.importing;

import java.util.Locale;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/** What makes a boundary unusable on its own: the wrong type, no area, projected coordinates or invalid topology. */
final class GeometryRules {

	private GeometryRules() {
	}

	/** What is wrong with the boundary, or {@code null} when it is a valid (Multi)Polygon in lon/lat degrees. */
	static String problem(Geometry geometry) {
		if (!(geometry instanceof Polygon || geometry instanceof MultiPolygon)) {
			return "the geometry is a " + geometry.getGeometryType() + "; a boundary is a Polygon or MultiPolygon";
		}
		if (geometry.isEmpty()) {
			return "the geometry is empty";
		}
		Envelope envelope = geometry.getEnvelopeInternal();
		if (envelope.getMinX() < -180 || envelope.getMaxX() > 180 || envelope.getMinY() < -90
				|| envelope.getMaxY() > 90) {
			return "the coordinates are not lon/lat degrees (WGS-84 / CGCS2000); reproject the file first";
		}
		TopologyValidationError error = new IsValidOp(geometry).getValidationError();
		if (error != null) {
			Coordinate at = error.getCoordinate();
			return at == null ? "invalid geometry: " + error.getMessage()
					: String.format(Locale.ROOT, "invalid geometry: %s at lon %.6f, lat %.6f", error.getMessage(),
							at.x, at.y);
		}
		return null;
	}
}
