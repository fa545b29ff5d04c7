package org.tongguan.region.internal;

import java.util.Arrays;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * The edges of many polygons in flat arrays, cut into horizontal bands per polygon, for allocation-free even-odd
 * point-in-polygon tests; holes and the parts of a MultiPolygon need no special treatment under the even-odd rule.
 * Every edge is stored with its lower end first, so an edge two polygons share gives both the same crossing and a
 * point on it falls in exactly one of them.
 */
public final class PolygonEdges {

	/** Bands per polygon: about one per this many non-horizontal edges. */
	private static final int EDGES_PER_BAND = 4;

	/** Bands per polygon, at most. */
	private static final int MAX_BANDS = 1024;

	/** Doubles per polygon in {@link #boxes}: 64 bytes, about one cache line. */
	private static final int STRIDE = 8;

	/**
	 * Per polygon, side by side so that a test reads them from one place: minX, minY, maxX, maxY, band scale (bands per
	 * unit of latitude), index of its last band, where its band offsets start in {@link #bandStart}.
	 */
	private final double[] boxes;

	/** Per band (plus one closing entry per polygon): the first edge record of the band. */
	private final int[] bandStart;

	/** Per edge record: lower y, upper y, x at the lower y, dx/dy. */
	private final double[] records;

	private PolygonEdges(double[] boxes, int[] bandStart, double[] records) {
		this.boxes = boxes;
		this.bandStart = bandStart;
		this.records = records;
	}

	/**
	 * The edges of the given polygons' rings, each array as {@code x1, y1, x2, y2, ...} (see {@link #edgesOf}).
	 */
	public static PolygonEdges of(double[][] edges) {
		int n = edges.length;
		double[] boxes = new double[n * STRIDE];
		int[] bandCount = new int[n];
		int[] bandBase = new int[n + 1];
		for (int p = 0; p < n; p++) {
			int at = p * STRIDE;
			box(edges[p], boxes, at);
			bandCount[p] = Math.max(1, Math.min(MAX_BANDS, nonHorizontal(edges[p]) / EDGES_PER_BAND));
			double height = boxes[at + 3] - boxes[at + 1];
			boxes[at + 4] = height > 0 ? bandCount[p] / height : 0;
			boxes[at + 5] = bandCount[p] - 1;
			boxes[at + 6] = bandBase[p];
			bandBase[p + 1] = bandBase[p] + bandCount[p] + 1;
		}
		int[] bandStart = new int[bandBase[n]];
		for (int p = 0; p < n; p++) {
			countPerBand(edges[p], boxes, p, bandCount[p], bandStart, bandBase[p]);
		}
		int total = 0;
		for (int p = 0; p < n; p++) {
			for (int b = bandBase[p]; b <= bandBase[p] + bandCount[p]; b++) {
				int count = bandStart[b];
				bandStart[b] = total;
				total += count;
			}
		}
		double[] records = new double[total * 4];
		int[] fill = Arrays.copyOf(bandStart, bandStart.length);
		for (int p = 0; p < n; p++) {
			double[] e = edges[p];
			for (int i = 0; i < e.length; i += 4) {
				double x1 = e[i], y1 = e[i + 1], x2 = e[i + 2], y2 = e[i + 3];
				if (y1 == y2) {
					continue;
				}
				if (y1 > y2) {
					double t = x1;
					x1 = x2;
					x2 = t;
					t = y1;
					y1 = y2;
					y2 = t;
				}
				double slope = (x2 - x1) / (y2 - y1);
				int to = band(boxes, p, bandCount[p], y2);
				for (int b = band(boxes, p, bandCount[p], y1); b <= to; b++) {
					int at = fill[bandBase[p] + b]++ * 4;
					records[at] = y1;
					records[at + 1] = y2;
					records[at + 2] = x1;
					records[at + 3] = slope;
				}
			}
		}
		return new PolygonEdges(boxes, bandStart, records);
	}

	/** The edges of every ring of a polygonal geometry as {@code x1, y1, x2, y2, ...}; other components are skipped. */
	public static double[] edgesOf(Geometry geometry) {
		double[] out = new double[64];
		int size = 0;
		for (int i = 0; i < geometry.getNumGeometries(); i++) {
			if (geometry.getGeometryN(i) instanceof Polygon polygon) {
				for (int r = -1; r < polygon.getNumInteriorRing(); r++) {
					LineString ring = r < 0 ? polygon.getExteriorRing() : polygon.getInteriorRingN(r);
					var points = ring.getCoordinateSequence();
					int needed = size + 4 * Math.max(0, points.size() - 1);
					if (needed > out.length) {
						out = Arrays.copyOf(out, Math.max(needed, out.length * 2));
					}
					for (int k = 1; k < points.size(); k++) {
						out[size++] = points.getX(k - 1);
						out[size++] = points.getY(k - 1);
						out[size++] = points.getX(k);
						out[size++] = points.getY(k);
					}
				}
			}
		}
		return Arrays.copyOf(out, size);
	}

	/** Whether polygon {@code p} contains the point (even-odd rule, half-open on edges). */
	public boolean contains(int p, double x, double y) {
		int at = p * STRIDE;
		double[] box = boxes;
		if (!(x >= box[at] && x <= box[at + 2] && y >= box[at + 1] && y <= box[at + 3])) {
			return false;
		}
		int base = (int) box[at + 6] + Math.min((int) ((y - box[at + 1]) * box[at + 4]), (int) box[at + 5]);
		double[] r = records;
		int end = bandStart[base + 1] * 4;
		boolean inside = false;
		for (int i = bandStart[base] * 4; i < end; i += 4) {
			if (y >= r[i] && y < r[i + 1] && x < r[i + 2] + (y - r[i]) * r[i + 3]) {
				inside = !inside;
			}
		}
		return inside;
	}

	/** The minX, minY, maxX, maxY of polygon {@code p}'s edges. */
	double[] box(int p) {
		return Arrays.copyOfRange(boxes, p * STRIDE, p * STRIDE + 4);
	}

	private static int band(double[] boxes, int p, int bands, double y) {
		return Math.min((int) ((y - boxes[p * STRIDE + 1]) * boxes[p * STRIDE + 4]), bands - 1);
	}

	private static void box(double[] e, double[] boxes, int at) {
		double minX = Double.POSITIVE_INFINITY, minY = Double.POSITIVE_INFINITY;
		double maxX = Double.NEGATIVE_INFINITY, maxY = Double.NEGATIVE_INFINITY;
		for (int i = 0; i < e.length; i += 2) {
			minX = Math.min(minX, e[i]);
			maxX = Math.max(maxX, e[i]);
			minY = Math.min(minY, e[i + 1]);
			maxY = Math.max(maxY, e[i + 1]);
		}
		boxes[at] = minX;
		boxes[at + 1] = minY;
		boxes[at + 2] = maxX;
		boxes[at + 3] = maxY;
	}

	private static int nonHorizontal(double[] e) {
		int count = 0;
		for (int i = 0; i < e.length; i += 4) {
			if (e[i + 1] != e[i + 3]) {
				count++;
			}
		}
		return count;
	}

	private static void countPerBand(double[] e, double[] boxes, int p, int bands, int[] counts, int base) {
		for (int i = 0; i < e.length; i += 4) {
			double y1 = e[i + 1], y2 = e[i + 3];
			if (y1 != y2) {
				int to = band(boxes, p, bands, Math.max(y1, y2));
				for (int b = band(boxes, p, bands, Math.min(y1, y2)); b <= to; b++) {
					counts[base + b]++;
				}
			}
		}
	}
}
