package org.tongguan.region.importing;

import java.util.Locale;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * Areas of lon/lat geometries in square metres, using the length of a degree at the geometry's latitude; accurate
 * to well under 1% for anything the size of a district or smaller, which is all the import tolerances need.
 */
final class LocalArea {

	private LocalArea() {
	}

	/** The geometry's area in m². */
	static double squareMetres(Geometry geometry) {
		if (geometry.isEmpty()) {
			return 0;
		}
		return geometry.getArea() * squareMetresPerSquareDegree(geometry.getEnvelopeInternal());
	}

	/** The envelope's area in m². */
	static double squareMetres(Envelope envelope) {
		return envelope.getArea() * squareMetresPerSquareDegree(envelope);
	}

	private static double squareMetresPerSquareDegree(Envelope envelope) {
		double phi = Math.toRadians((envelope.getMinY() + envelope.getMaxY()) / 2);
		double metresPerDegreeLat = 111_132.954 - 559.822 * Math.cos(2 * phi) + 1.175 * Math.cos(4 * phi);
		double metresPerDegreeLon = 111_412.84 * Math.cos(phi) - 93.5 * Math.cos(3 * phi);
		return metresPerDegreeLat * metresPerDegreeLon;
	}

	/** An area as text for messages, e.g. {@code 3,250 m²}. */
	static String format(double squareMetres) {
		return String.format(Locale.ROOT, "%,.0f m²", squareMetres);
	}
}
