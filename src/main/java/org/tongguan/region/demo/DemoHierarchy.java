package org.tongguan.region.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import org.locationtech.jts.geom.Geometry;
import org.tongguan.region.Region;
import org.tongguan.region.RegionCode;
import org.tongguan.region.RegionLevel;
import org.tongguan.region.internal.Boundary;

/**
 * The streets (街道), communities (社区) and unit grids (单元网格) of one demo district: its grids split into
 * contiguous streets, each street into contiguous communities; a street's or community's boundary is the exact union
 * of its grids.
 */
final class DemoHierarchy {

	/** Grids of a community are numbered in reading order with rows this many metres high. */
	private static final double GRID_ROW = 300;

	private final Region district;

	private final DemoGrids tiling;

	private final DemoPartition partition;

	private final List<Boundary> boundaries = new ArrayList<>();

	private DemoHierarchy(Region district, DemoGrids tiling) {
		this.district = district;
		this.tiling = tiling;
		List<DemoGrids.Grid> grids = tiling.grids();
		this.partition = new DemoPartition(grids.stream().mapToDouble(DemoGrids.Grid::area).toArray(),
				grids.stream().mapToDouble(DemoGrids.Grid::x).toArray(),
				grids.stream().mapToDouble(DemoGrids.Grid::y).toArray(), tiling.adjacency());
	}

	/**
	 * The streets, communities and grids of a district, about one community per {@code communityArea} square metres
	 * and at least two per street.
	 */
	static List<Boundary> build(Region district, DemoGrids tiling, double communityArea) {
		DemoHierarchy hierarchy = new DemoHierarchy(district, tiling);
		List<Street> streets = hierarchy.streets(communityArea);
		streets.parallelStream().map(hierarchy::unions).toList().forEach(hierarchy.boundaries::addAll);
		return hierarchy.boundaries;
	}

	/** The boundaries of a street and its communities, each the union of its grids. */
	private List<Boundary> unions(Street street) {
		List<Boundary> unions = new ArrayList<>();
		for (Community community : street.communities()) {
			unions.add(new Boundary(community.region(), union(community.grids())));
		}
		List<Geometry> parts = unions.stream().map(Boundary::geometry).toList();
		unions.add(new Boundary(street.region(), DemoGrids.union(parts, clipped(street.grids()))));
		return unions;
	}

	/** Splits the district into streets and each street into communities, adding the grids' boundaries. */
	private List<Street> streets(double communityArea) {
		List<String> names = DemoNames.streets(district.code().value());
		List<int[]> streetGrids = partition.split(IntStream.range(0, tiling.grids().size()).toArray(), names.size());
		List<Street> streets = new ArrayList<>();
		for (int s = 0; s < streetGrids.size(); s++) {
			int[] grids = streetGrids.get(s);
			Region street = new Region(child(district, s), DemoNames.street(names.get(s)), RegionLevel.STREET,
					district.code());
			int count = Math.max(2, (int) Math.round(area(grids) / communityArea));
			List<int[]> communityGrids = partition.split(grids, count);
			List<Community> communities = new ArrayList<>();
			for (int c = 0; c < communityGrids.size(); c++) {
				Region community = new Region(child(street, c), DemoNames.community(names.get(s), c + 1),
						RegionLevel.COMMUNITY, street.code());
				communities.add(new Community(community, communityGrids.get(c)));
				addGrids(community, communityGrids.get(c));
			}
			streets.add(new Street(street, grids, communities));
		}
		return streets;
	}

	private void addGrids(Region community, int[] members) {
		Integer[] ordered = Arrays.stream(members).boxed().toArray(Integer[]::new);
		Arrays.sort(ordered, partition.readingOrder(GRID_ROW));
		for (int g = 0; g < ordered.length; g++) {
			Region grid = new Region(child(community, g), DemoNames.grid(community.name(), g + 1), RegionLevel.GRID,
					community.code());
			boundaries.add(new Boundary(grid, tiling.grids().get(ordered[g]).geometry()));
		}
	}

	/** The exact union of the grids. */
	private Geometry union(int[] members) {
		List<Geometry> parts = Arrays.stream(members).mapToObj(m -> tiling.grids().get(m).geometry()).toList();
		return DemoGrids.union(parts, clipped(members));
	}

	/** Whether the district boundary cuts a cell of one of the grids. */
	private boolean clipped(int[] members) {
		return Arrays.stream(members).anyMatch(m -> tiling.grids().get(m).clipped());
	}

	private double area(int[] members) {
		return Arrays.stream(members).mapToDouble(m -> tiling.grids().get(m).area()).sum();
	}

	private static RegionCode child(Region parent, int index) {
		if (index >= 999) {
			throw new IllegalStateException("More than 999 children under " + parent.code());
		}
		return RegionCode.of(parent.code().value() + DemoNames.threeDigits(index + 1));
	}

	private record Community(Region region, int[] grids) {
	}

	private record Street(Region region, int[] grids, List<Community> communities) {
	}
}
