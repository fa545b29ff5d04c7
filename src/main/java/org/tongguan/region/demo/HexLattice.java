package org.tongguan.region.demo;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Polygon;
import org.tongguan.shared.geo.GeoJson;

/**
 * A lattice of flat-topped regular hexagons laid over lon/lat through a local metric approximation for Shenzhen
 * (x = lon · cos 22.6° · 111,320 m, y = lat · 110,574 m).
 * <p>
 * A cell is addressed by axial coordinates (q, r) packed into a {@code long} key. Corners are computed from integer
 * vertex coordinates (x in half sides, y in half hexagon heights), so neighbouring cells share bit-identical corners.
 */
final class HexLattice {

	/** Metres per degree of longitude at 22.6° N. */
	static final double METRES_PER_DEGREE_LON = Math.cos(Math.toRadians(22.6)) * 111_320;

	/** Metres per degree of latitude. */
	static final double METRES_PER_DEGREE_LAT = 110_574;

	/** Corner offsets in vertex units, counter-clockwise from the east corner. */
	private static final int[][] CORNERS = { { 2, 0 }, { 1, 1 }, { -1, 1 }, { -2, 0 }, { -1, -1 }, { 1, -1 } };

	/** Axial offset of the neighbour across the edge from corner i to corner i + 1. */
	private static final int[][] NEIGHBOURS = { { 1, 0 }, { 0, 1 }, { -1, 1 }, { -1, 0 }, { 0, -1 }, { 1, -1 } };

	/** Unit normals of a cell's edges (30°, 90°, 150°); turned by -90° they point at its corners (-60°, 0°, 60°). */
	private static final double[][] AXES = { { Math.sqrt(3) / 2, 0.5 }, { 0, 1 }, { -Math.sqrt(3) / 2, 0.5 } };

	/** How near, in metres, a segment must pass a cell to count as meeting it. */
	private static final double SLACK = 1e-3;

	private final double originLon;

	private final double originLat;

	private final double stepLon;

	private final double stepLat;

	/** A lattice of hexagons with sides of {@code side} metres, anchored at the given lon/lat. */
	HexLattice(double originLon, double originLat, double side) {
		this.originLon = originLon;
		this.originLat = originLat;
		this.stepLon = side / 2 / METRES_PER_DEGREE_LON;
		this.stepLat = side * Math.sqrt(3) / 2 / METRES_PER_DEGREE_LAT;
	}

	/** Square metres per square degree, near Shenzhen. */
	static double squareMetres(double squareDegrees) {
		return squareDegrees * METRES_PER_DEGREE_LON * METRES_PER_DEGREE_LAT;
	}

	/** The key of the cell at axial coordinates (q, r). */
	static long key(int q, int r) {
		return ((long) q << 32) | (r & 0xffffffffL);
	}

	/** The cell's axial column. */
	static int q(long key) {
		return (int) (key >> 32);
	}

	/** The cell's axial row. */
	static int r(long key) {
		return (int) key;
	}

	/** The neighbour across edge {@code edge} (0–5, from corner {@code edge} to corner {@code edge + 1}). */
	static long neighbour(long key, int edge) {
		return key(q(key) + NEIGHBOURS[edge][0], r(key) + NEIGHBOURS[edge][1]);
	}

	/** Corner {@code corner} (0–5) of a cell as packed integer vertex coordinates. */
	static long corner(long key, int corner) {
		int x = 3 * q(key) + CORNERS[corner][0];
		int y = 2 * r(key) + q(key) + CORNERS[corner][1];
		return ((long) x << 32) | (y & 0xffffffffL);
	}

	/** The lon/lat of packed integer vertex coordinates. */
	Coordinate vertex(long vertex) {
		return new Coordinate(originLon + (int) (vertex >> 32) * stepLon, originLat + (int) vertex * stepLat);
	}

	/** The cell's hexagon in lon/lat. */
	Polygon hexagon(long key) {
		Coordinate[] ring = new Coordinate[7];
		for (int i = 0; i < 6; i++) {
			ring[i] = vertex(corner(key, i));
		}
		ring[6] = ring[0].copy();
		return GeoJson.FACTORY.createPolygon(ring);
	}

	/** The cell's centre, east of the origin in metres. */
	double centreX(long key) {
		return 3 * q(key) * stepLon * METRES_PER_DEGREE_LON;
	}

	/** The cell's centre, north of the origin in metres. */
	double centreY(long key) {
		return (2 * r(key) + q(key)) * stepLat * METRES_PER_DEGREE_LAT;
	}

	/** The longitude of the cell's centre. */
	double centreLon(long key) {
		return originLon + 3 * q(key) * stepLon;
	}

	/** The latitude of the cell's centre. */
	double centreLat(long key) {
		return originLat + (2 * r(key) + q(key)) * stepLat;
	}

	/**
	 * The cells that an edge list ({@code lon1, lat1, lon2, lat2, ...}) meets or passes within a millimetre of,
	 * found by a separating-axis test in metres.
	 */
	Set<Long> cellsAlong(double[] edges) {
		Set<Long> cells = new HashSet<>();
		double side = stepLon * 2 * METRES_PER_DEGREE_LON;
		for (int i = 0; i < edges.length; i += 4) {
			Envelope box = new Envelope(edges[i], edges[i + 2], edges[i + 1], edges[i + 3]);
			for (long cell : cellsMeeting(box)) {
				double x1 = (edges[i] - centreLon(cell)) * METRES_PER_DEGREE_LON;
				double y1 = (edges[i + 1] - centreLat(cell)) * METRES_PER_DEGREE_LAT;
				double x2 = (edges[i + 2] - centreLon(cell)) * METRES_PER_DEGREE_LON;
				double y2 = (edges[i + 3] - centreLat(cell)) * METRES_PER_DEGREE_LAT;
				if (meets(side, x1, y1, x2, y2)) {
					cells.add(cell);
				}
			}
		}
		return cells;
	}

	/** Whether a segment (relative to a cell's centre, in metres) meets the cell, give or take a millimetre. */
	private static boolean meets(double side, double x1, double y1, double x2, double y2) {
		double inradius = side * Math.sqrt(3) / 2 + SLACK;
		for (int axis = 0; axis < 3; axis++) {
			double a = x1 * AXES[axis][0] + y1 * AXES[axis][1];
			double b = x2 * AXES[axis][0] + y2 * AXES[axis][1];
			if (Math.min(a, b) > inradius || Math.max(a, b) < -inradius) {
				return false;
			}
		}
		double nx = y1 - y2, ny = x2 - x1;
		double offset = Math.abs(nx * x1 + ny * y1);
		double reach = 0;
		for (int corner = 0; corner < 3; corner++) {
			reach = Math.max(reach, Math.abs(nx * AXES[corner][1] - ny * AXES[corner][0]) * side);
		}
		return offset <= reach + SLACK * Math.hypot(nx, ny);
	}

	/** The keys of every cell that may meet the envelope, column by column. */
	long[] cellsMeeting(Envelope envelope) {
		int fromQ = (int) Math.floor(((envelope.getMinX() - originLon) / stepLon - 2) / 3);
		int toQ = (int) Math.ceil(((envelope.getMaxX() - originLon) / stepLon + 2) / 3);
		double bottom = (envelope.getMinY() - originLat) / stepLat;
		double top = (envelope.getMaxY() - originLat) / stepLat;
		long[] keys = new long[0];
		int count = 0;
		for (int q = fromQ; q <= toQ; q++) {
			int fromR = (int) Math.floor((bottom - q - 1) / 2);
			int toR = (int) Math.ceil((top - q + 1) / 2);
			if (count + toR - fromR + 1 > keys.length) {
				keys = Arrays.copyOf(keys, Math.max(keys.length * 2, count + toR - fromR + 1));
			}
			for (int r = fromR; r <= toR; r++) {
				keys[count++] = key(q, r);
			}
		}
		return Arrays.copyOf(keys, count);
	}
}
