package org.tongguan.region.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.tongguan.region.Region;

/**
 * An immutable, thread-safe point → region index (空间索引) that answers without allocating.
 * <p>
 * A uniform bucket grid covers the boundaries' bounding box, its bucket size taken from the boundaries' typical size.
 * Each bucket lists, in input order, the boundaries that can contain a point of it; a bucket lying wholly inside a
 * boundary answers without a test, the others are decided by an even-odd ray test over that boundary's edges in the
 * point's horizontal band ({@link PolygonEdges}). When boundaries overlap, the first one in input order wins; a point
 * on an edge two boundaries share lies in exactly one of them.
 */
public final class SpatialIndex {

	/** Buckets per typical boundary extent. */
	private static final int BUCKETS_PER_BOUNDARY = 4;

	/** Buckets along the longer side of the whole box, at least. */
	private static final int MIN_BUCKETS_PER_SIDE = 64;

	/** Buckets in all, at most (16 MB of bucket offsets). */
	private static final long MAX_BUCKETS = 1 << 22;

	private final Region[] regions;

	private final PolygonEdges edges;

	/** The bounding box, and buckets per degree. */
	private final double minX, minY, maxX, maxY, scale;

	private final int columns, rows;

	/** Per bucket: where its items start in {@link #items}; one closing entry. */
	private final int[] bucketStart;

	/** Boundary indices; {@code ~index} for a boundary that contains the whole bucket. */
	private final int[] items;

	private SpatialIndex(Region[] regions, PolygonEdges edges, BucketGrid grid) {
		this.regions = regions;
		this.edges = edges;
		this.minX = grid.minX;
		this.minY = grid.minY;
		this.maxX = grid.maxX;
		this.maxY = grid.maxY;
		this.scale = grid.scale;
		this.columns = grid.columns;
		this.rows = grid.rows;
		this.bucketStart = grid.bucketStart;
		this.items = grid.items;
	}

	/** An index over these boundaries (Polygons or MultiPolygons in lon/lat). */
	public static SpatialIndex of(Collection<Boundary> boundaries) {
		List<Boundary> list = new ArrayList<>(boundaries);
		Region[] regions = new Region[list.size()];
		double[][] rings = new double[list.size()][];
		for (int i = 0; i < regions.length; i++) {
			regions[i] = list.get(i).region();
			rings[i] = PolygonEdges.edgesOf(list.get(i).geometry());
		}
		PolygonEdges edges = PolygonEdges.of(rings);
		return new SpatialIndex(regions, edges, BucketGrid.build(rings, edges));
	}

	/** The region whose boundary contains the point, or {@code null} when none does. */
	public Region locate(double longitude, double latitude) {
		double x = longitude, y = latitude;
		if (!(x >= minX && x <= maxX && y >= minY && y <= maxY)) {
			return null;
		}
		int column = Math.min((int) ((x - minX) * scale), columns - 1);
		int bucket = Math.min((int) ((y - minY) * scale), rows - 1) * columns + column;
		int end = bucketStart[bucket + 1];
		for (int i = bucketStart[bucket]; i < end; i++) {
			int item = items[i];
			if (item < 0) {
				return regions[~item];
			}
			if (edges.contains(item, x, y)) {
				return regions[item];
			}
		}
		return null;
	}

	/** How many boundaries the index holds. */
	public int size() {
		return regions.length;
	}

	/** The bucket grid under construction: its geometry and, once filled, the bucket lists. */
	private static final class BucketGrid {

		double minX = Double.POSITIVE_INFINITY, minY = Double.POSITIVE_INFINITY;

		double maxX = Double.NEGATIVE_INFINITY, maxY = Double.NEGATIVE_INFINITY;

		/** A bucket's side in degrees, its inverse, and how far a bucket is grown when edges are tested on it. */
		double size, scale, margin;

		int columns, rows;

		int[] bucketStart = new int[1];

		int[] items = new int[0];

		static BucketGrid build(double[][] rings, PolygonEdges edges) {
			BucketGrid grid = new BucketGrid();
			double[] extents = new double[rings.length];
			int count = 0;
			for (int p = 0; p < rings.length; p++) {
				double[] box = edges.box(p);
				if (box[0] <= box[2]) {
					grid.minX = Math.min(grid.minX, box[0]);
					grid.minY = Math.min(grid.minY, box[1]);
					grid.maxX = Math.max(grid.maxX, box[2]);
					grid.maxY = Math.max(grid.maxY, box[3]);
					extents[count++] = Math.max(box[2] - box[0], box[3] - box[1]);
				}
			}
			if (count > 0) {
				grid.layOut(median(extents, count));
				grid.fill(rings, edges);
			}
			return grid;
		}

		private static double median(double[] values, int count) {
			double[] sorted = Arrays.copyOf(values, count);
			Arrays.sort(sorted);
			return sorted[count / 2];
		}

		private void layOut(double typicalExtent) {
			double width = maxX - minX, height = maxY - minY;
			double longer = Math.max(width, height);
			size = Math.min(typicalExtent / BUCKETS_PER_BOUNDARY, longer / MIN_BUCKETS_PER_SIDE);
			if (!(size > 0)) {
				size = Math.max(longer, 1e-9);
			}
			while ((Math.ceil(width / size) + 1) * (Math.ceil(height / size) + 1) > MAX_BUCKETS) {
				size *= 1.5;
			}
			columns = Math.max(1, (int) Math.ceil(width / size));
			rows = Math.max(1, (int) Math.ceil(height / size));
			scale = 1 / size;
			margin = size * 1e-6;
		}

		private void fill(double[][] rings, PolygonEdges edges) {
			int[] touchedBy = new int[columns * rows];
			long[] pairs = new long[Math.max(16, rings.length * 8)];
			int pairCount = 0;
			for (int p = 0; p < rings.length; p++) {
				double[] box = edges.box(p);
				if (!(box[0] <= box[2])) {
					continue;
				}
				markEdges(rings[p], p + 1, touchedBy);
				for (int row = row(box[1]); row <= row(box[3]); row++) {
					for (int column = column(box[0]); column <= column(box[2]); column++) {
						int bucket = row * columns + column;
						int item;
						if (touchedBy[bucket] == p + 1) {
							item = p;
						}
						else if (edges.contains(p, minX + (column + 0.5) * size, minY + (row + 0.5) * size)) {
							item = ~p;
						}
						else {
							continue;
						}
						if (pairCount == pairs.length) {
							pairs = Arrays.copyOf(pairs, pairs.length * 2);
						}
						pairs[pairCount++] = ((long) bucket << 32) | (item & 0xffffffffL);
					}
				}
			}
			bucketStart = new int[columns * rows + 1];
			for (int i = 0; i < pairCount; i++) {
				bucketStart[(int) (pairs[i] >>> 32) + 1]++;
			}
			for (int b = 0; b < columns * rows; b++) {
				bucketStart[b + 1] += bucketStart[b];
			}
			items = new int[pairCount];
			int[] next = Arrays.copyOf(bucketStart, columns * rows);
			for (int i = 0; i < pairCount; i++) {
				items[next[(int) (pairs[i] >>> 32)]++] = (int) pairs[i];
			}
		}

		/** Stamps every bucket that one of the edges touches (the buckets grown by a hair, to be safe). */
		private void markEdges(double[] e, int stamp, int[] touchedBy) {
			for (int i = 0; i < e.length; i += 4) {
				double x1 = e[i], y1 = e[i + 1], x2 = e[i + 2], y2 = e[i + 3];
				int toRow = row(Math.max(y1, y2) + margin);
				int toColumn = column(Math.max(x1, x2) + margin);
				for (int row = row(Math.min(y1, y2) - margin); row <= toRow; row++) {
					for (int column = column(Math.min(x1, x2) - margin); column <= toColumn; column++) {
						if (touchedBy[row * columns + column] != stamp && crosses(x1, y1, x2, y2, column, row)) {
							touchedBy[row * columns + column] = stamp;
						}
					}
				}
			}
		}

		/** Whether the edge meets the bucket's box grown by the margin (separating axes: x, y, the edge's normal). */
		private boolean crosses(double x1, double y1, double x2, double y2, int column, int row) {
			double left = minX + column * size - margin, right = minX + (column + 1) * size + margin;
			double bottom = minY + row * size - margin, top = minY + (row + 1) * size + margin;
			if (Math.max(x1, x2) < left || Math.min(x1, x2) > right || Math.max(y1, y2) < bottom
					|| Math.min(y1, y2) > top) {
				return false;
			}
			double dx = x2 - x1, dy = y2 - y1;
			double a = dx * (bottom - y1) - dy * (left - x1);
			double b = dx * (bottom - y1) - dy * (right - x1);
			double c = dx * (top - y1) - dy * (left - x1);
			double d = dx * (top - y1) - dy * (right - x1);
			return !((a > 0 && b > 0 && c > 0 && d > 0) || (a < 0 && b < 0 && c < 0 && d < 0));
		}

		private int column(double x) {
			return Math.max(0, Math.min((int) ((x - minX) * scale), columns - 1));
		}

		private int row(double y) {
			return Math.max(0, Math.min((int) ((y - minY) * scale), rows - 1));
		}
	}
}
