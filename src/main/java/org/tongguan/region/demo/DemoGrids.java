package org.tongguan.region.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.locationtech.jts.coverage.CoverageUnion;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.PolygonExtracter;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.tongguan.region.internal.PolygonEdges;
import org.tongguan.shared.geo.GeoJson;

/**
 * The unit grids (单元网格) of one demo district: every lattice cell that meets the district, clipped to it, with
 * clipped pieces smaller than a third of a cell merged into a neighbouring grid; together they tile the district
 * without gaps or overlaps.
 *
 * @param grids the grids, in lattice order
 * @param adjacency per grid, the indices of the grids whose cells border its cells
 */
record DemoGrids(List<Grid> grids, int[][] adjacency) {

	/** Pieces smaller than this share of a whole cell join a neighbour. */
	private static final double SMALL_PIECE = 1.0 / 3;

	/**
	 * One unit grid.
	 *
	 * @param cells its lattice cells
	 * @param geometry its boundary
	 * @param area its area in square metres
	 * @param x the centre of its largest cell, in metres east of the lattice origin
	 * @param y the same, north
	 * @param clipped whether the district boundary cuts one of its cells
	 */
	record Grid(long[] cells, Geometry geometry, double area, double x, double y, boolean clipped) {
	}

	/** Tiles the district (a valid Polygon or MultiPolygon) with the lattice's cells. */
	static DemoGrids tile(Geometry district, HexLattice lattice) {
		List<Piece> pieces = pieces(district, lattice);
		Map<Long, Integer> pieceOf = new HashMap<>(pieces.size() * 2);
		for (int i = 0; i < pieces.size(); i++) {
			pieceOf.put(pieces.get(i).cell, i);
		}
		double whole = HexLattice.squareMetres(lattice.hexagon(0).getArea());
		int[] owner = new int[pieces.size()];
		Arrays.setAll(owner, i -> i);
		for (int i = 0; i < owner.length; i++) {
			if (pieces.get(i).area < whole * SMALL_PIECE) {
				int a = root(owner, i), b = root(owner, host(i, pieces, pieceOf, whole));
				owner[Math.max(a, b)] = Math.min(a, b);
			}
		}
		int[] gridOfPiece = new int[pieces.size()];
		Map<Integer, List<Integer>> members = new HashMap<>();
		for (int i = 0; i < owner.length; i++) {
			members.computeIfAbsent(root(owner, i), root -> new ArrayList<>()).add(i);
		}
		List<List<Integer>> groups = new ArrayList<>();
		for (int i = 0; i < owner.length; i++) {
			if (root(owner, i) == i) {
				List<Integer> group = members.get(i);
				int index = groups.size();
				group.forEach(member -> gridOfPiece[member] = index);
				groups.add(group);
			}
		}
		List<Grid> grids = groups.parallelStream().map(group -> grid(group, pieces, lattice)).toList();
		return new DemoGrids(grids, adjacency(grids, pieceOf, gridOfPiece));
	}

	/**
	 * The cell pieces: cells the district boundary passes through are clipped to it (in parallel), the others are
	 * kept whole when their centre lies inside.
	 */
	private static List<Piece> pieces(Geometry district, HexLattice lattice) {
		DemoLocalDistrict local = new DemoLocalDistrict(district);
		double[] edges = PolygonEdges.edgesOf(district);
		PolygonEdges inside = PolygonEdges.of(new double[][] { edges });
		Set<Long> crossed = lattice.cellsAlong(edges);
		Map<Long, Geometry> clipped = crossed.parallelStream()
			.collect(Collectors.toConcurrentMap(cell -> cell, cell -> local.clip(lattice.hexagon(cell))));
		List<Piece> pieces = new ArrayList<>();
		for (long cell : lattice.cellsMeeting(district.getEnvelopeInternal())) {
			Geometry piece = clipped.get(cell);
			if (piece == null && inside.contains(0, lattice.centreLon(cell), lattice.centreLat(cell))) {
				piece = lattice.hexagon(cell);
			}
			double area = piece == null ? 0 : HexLattice.squareMetres(piece.getArea());
			if (area > 0) {
				pieces.add(new Piece(cell, piece, area, crossed.contains(cell)));
			}
		}
		return pieces;
	}

	/** The piece a small piece joins: a touching neighbour that is whole enough, else any neighbour, else itself. */
	private static int host(int small, List<Piece> pieces, Map<Long, Integer> pieceOf, double whole) {
		int best = small;
		int bestRank = 0;
		for (int edge = 0; edge < 6; edge++) {
			Integer other = pieceOf.get(HexLattice.neighbour(pieces.get(small).cell, edge));
			if (other == null) {
				continue;
			}
			Piece candidate = pieces.get(other);
			int rank = (candidate.area >= whole * SMALL_PIECE ? 2 : 0)
					+ (candidate.geometry.intersects(pieces.get(small).geometry) ? 4 : 1);
			if (rank > bestRank || rank == bestRank && candidate.area > pieces.get(best).area) {
				best = other;
				bestRank = rank;
			}
		}
		return best;
	}

	/** The representative of the piece's group (union-find with path halving). */
	private static int root(int[] owner, int i) {
		int at = i;
		while (owner[at] != at) {
			owner[at] = owner[owner[at]];
			at = owner[at];
		}
		return at;
	}

	private static Grid grid(List<Integer> group, List<Piece> pieces, HexLattice lattice) {
		long[] cells = new long[group.size()];
		List<Geometry> parts = new ArrayList<>();
		double area = 0;
		boolean clipped = false;
		Piece largest = pieces.get(group.get(0));
		for (int i = 0; i < cells.length; i++) {
			Piece piece = pieces.get(group.get(i));
			cells[i] = piece.cell;
			parts.add(piece.geometry);
			area += piece.area;
			clipped |= piece.clipped;
			largest = piece.area > largest.area ? piece : largest;
		}
		Geometry geometry = union(parts, clipped);
		return new Grid(cells, geometry, area, lattice.centreX(largest.cell), lattice.centreY(largest.cell), clipped);
	}

	private static int[][] adjacency(List<Grid> grids, Map<Long, Integer> pieceOf, int[] gridOfPiece) {
		int[][] adjacency = new int[grids.size()][];
		for (int g = 0; g < adjacency.length; g++) {
			long[] cells = grids.get(g).cells;
			int[] neighbours = new int[cells.length * 6];
			int count = 0;
			for (long cell : cells) {
				for (int edge = 0; edge < 6; edge++) {
					Integer piece = pieceOf.get(HexLattice.neighbour(cell, edge));
					if (piece != null && gridOfPiece[piece] != g) {
						neighbours[count++] = gridOfPiece[piece];
					}
				}
			}
			adjacency[g] = Arrays.stream(neighbours, 0, count).sorted().distinct().toArray();
		}
		return adjacency;
	}

	/**
	 * The union of pieces that meet edge to edge with identical vertices (a coverage), without noding; where the
	 * district boundary may pinch the result into an invalid ring, an invalid result is redone by a full overlay.
	 */
	static Geometry union(List<Geometry> parts, boolean clipped) {
		if (parts.size() == 1) {
			return parts.get(0);
		}
		Geometry union = polygonal(CoverageUnion.union(parts.toArray(Geometry[]::new)));
		return !clipped || union.isValid() ? union : polygonal(UnaryUnionOp.union(parts));
	}

	/** The polygonal part of an overlay result, as a Polygon or MultiPolygon. */
	static Geometry polygonal(Geometry geometry) {
		if (geometry instanceof Polygon || geometry instanceof MultiPolygon) {
			return geometry;
		}
		@SuppressWarnings("unchecked")
		List<Polygon> polygons = PolygonExtracter.getPolygons(geometry);
		return GeoJson.FACTORY.buildGeometry(polygons);
	}

	private record Piece(long cell, Geometry geometry, double area, boolean clipped) {
	}
}
