package org.tongguan.shared.geo.tiles;

import org.locationtech.jts.geom.Geometry;

/** Spherical web mercator (EPSG:3857): WGS-84 longitude and latitude to metres on the map plane and back. */
public final class WebMercator {

	/** The earth's radius the projection uses, in metres. */
	public static final double RADIUS = 6_378_137;

	/** Half the width of the map plane: the x of longitude 180°, in metres. */
	public static final double HALF_WORLD = Math.PI * RADIUS;

	/** The latitude at the map's north edge (and, negated, its south edge): where y reaches {@link #HALF_WORLD}. */
	public static final double MAX_LATITUDE = 85.05112877980659;

	private WebMercator() {
	}

	/** The x of a longitude, in metres. */
	public static double x(double longitude) {
		return Math.toRadians(longitude) * RADIUS;
	}

	/** The y of a latitude, in metres; latitudes beyond the map's edges are held at the edge. */
	public static double y(double latitude) {
		double clamped = Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, latitude));
		return Math.log(Math.tan(Math.PI / 4 + Math.toRadians(clamped) / 2)) * RADIUS;
	}

	/** The longitude of an x in metres. */
	public static double longitude(double x) {
		return Math.toDegrees(x / RADIUS);
	}

	/** The latitude of a y in metres. */
	public static double latitude(double y) {
		return Math.toDegrees(2 * Math.atan(Math.exp(y / RADIUS)) - Math.PI / 2);
	}

	/** A copy of a WGS-84 longitude/latitude geometry in web-mercator metres. */
	public static Geometry project(Geometry lonLat) {
		Geometry projected = lonLat.copy();
		new CoordinateMapping(WebMercator::x, WebMercator::y).applyTo(projected);
		return projected;
	}
}
