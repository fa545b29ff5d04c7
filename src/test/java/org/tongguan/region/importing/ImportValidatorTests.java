package org.tongguan.region.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tongguan.region.importing.SquareCity.CELL;
import static org.tongguan.region.importing.SquareCity.SOUTH;
import static org.tongguan.region.importing.SquareCity.WEST;
import static org.tongguan.region.importing.SquareCity.box;
import static org.tongguan.region.importing.SquareCity.cell;
import static org.tongguan.region.importing.SquareCity.feature;
import static org.tongguan.region.importing.SquareCity.gridCode;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.tongguan.region.RegionCode;
import org.tongguan.region.RegionLevel;
import org.tongguan.region.internal.Boundary;
import org.tongguan.region.internal.RegionSnapshot;
import org.tongguan.shared.InvalidInputException;
import org.tongguan.shared.Violation;
import org.tongguan.shared.geo.GeoFeature;
import org.tongguan.shared.geo.GeoJson;

class ImportValidatorTests {

	private static final String COMMUNITY = "440304001001";

	private final RegionSnapshot city = SquareCity.snapshot();

	private final ImportValidator validator = new ImportValidator(2000);

	@Test
	void plansNewChangedAndUnchangedGridsOfAMerge() {
		List<GeoFeature> features = List.of(feature(gridCode(1), "网格1", COMMUNITY, cell(0, 0)),
				feature(gridCode(2), "新名字", COMMUNITY, cell(1, 0)),
				feature(gridCode(26), "网格26", COMMUNITY, cell(5, 0)));

		ImportPlan plan = validate(RegionLevel.GRID, features, ImportMode.MERGE, null);

		assertThat(plan.result()).isEqualTo(new ImportResult(RegionLevel.GRID, 1, 1, 1, 0));
		assertThat(plan.created()).extracting(b -> b.region().code().value()).containsExactly(gridCode(26));
		assertThat(plan.updated()).extracting(b -> b.region().name()).containsExactly("新名字");
		assertThat(plan.removed()).isEmpty();
	}

	@Test
	void reportsMalformedCodesAndMissingNames() {
		List<GeoFeature> features = List.of(feature("44030400100100", "短码", COMMUNITY, cell(0, 0)),
				feature(gridCode(1), " ", COMMUNITY, cell(0, 0)));

		assertThat(violations(RegionLevel.GRID, features, ImportMode.MERGE)).containsExactly(
				new Violation("features[0]", "44030400100100: a GRID code has 15 digits"),
				new Violation("features[1]", gridCode(1) + ": the name is missing (property 'name')"));
	}

	@Test
	void reportsDuplicateCodesWithTheFirstUse() {
		List<GeoFeature> features = List.of(feature(gridCode(1), "a", COMMUNITY, cell(0, 0)),
				feature(gridCode(1), "b", COMMUNITY, cell(0, 0)));

		assertThat(violations(RegionLevel.GRID, features, ImportMode.MERGE)).containsExactly(
				new Violation("features[1]", gridCode(1) + ": duplicate code, also used by features[0]"));
	}

	@Test
	void reportsAnUnknownParentAsOrphanAndACodeOutsideItsParent() {
		List<GeoFeature> features = List.of(feature("440304009001001", "孤儿", "440304009001", cell(0, 0)),
				feature("440303001001001", "错前缀", COMMUNITY, cell(0, 0)));

		assertThat(violations(RegionLevel.GRID, features, ImportMode.MERGE)).containsExactly(
				new Violation("features[0]", "440304009001001: unknown parent 440304009001 (orphan): no COMMUNITY with "
						+ "that code is stored"),
				new Violation("features[1]", "440303001001001: the code does not start with its parent's code "
						+ COMMUNITY));
	}

	@Test
	void reportsASelfIntersectingBowTieWithItsLocation() {
		Geometry bowTie = GeoJson.FACTORY.createPolygon(new Coordinate[] { new Coordinate(WEST, SOUTH),
				new Coordinate(WEST + CELL, SOUTH + CELL), new Coordinate(WEST + CELL, SOUTH),
				new Coordinate(WEST, SOUTH + CELL), new Coordinate(WEST, SOUTH) });

		assertThat(violations(RegionLevel.GRID, List.of(feature(gridCode(1), "蝴蝶", COMMUNITY, bowTie)),
				ImportMode.MERGE)).containsExactly(new Violation("features[0]",
						gridCode(1) + ": invalid geometry: Self-intersection at lon 114.000500, lat 22.500500"));
	}

	@Test
	void reportsGeometriesThatAreNoBoundaries() {
		Geometry line = GeoJson.FACTORY.createLineString(
				new Coordinate[] { new Coordinate(WEST, SOUTH), new Coordinate(WEST + CELL, SOUTH) });
		Geometry projected = box(500_000, 2_490_000, 500_100, 2_490_100);

		assertThat(violations(RegionLevel.GRID, List.of(feature(gridCode(1), "线", COMMUNITY, line),
				feature(gridCode(2), "投影", COMMUNITY, projected)), ImportMode.MERGE)).containsExactly(
						new Violation("features[0]",
								gridCode(1) + ": the geometry is a LineString; a boundary is a Polygon or MultiPolygon"),
						new Violation("features[1]", gridCode(2) + ": the coordinates are not lon/lat degrees "
								+ "(WGS-84 / CGCS2000); reproject the file first"));
	}

	@Test
	void reportsAnOverlapWithAStoredSiblingBeyondTheTolerance() {
		List<Violation> violations = violations(RegionLevel.GRID,
				List.of(feature(gridCode(26), "新网格", COMMUNITY, cell(4.5, 0))), ImportMode.MERGE);

		assertThat(violations).singleElement().satisfies(violation -> {
			assertThat(violation.field()).isEqualTo("features[0]");
			assertThat(violation.message()).startsWith(gridCode(26) + ": overlaps the stored GRID " + gridCode(5)
					+ " 网格5 by 5,").endsWith("m² (tolerance 2,000 m²)");
		});
	}

	@Test
	void toleratesASliverOfOverlapBelowTheTolerance() {
		Geometry slightlyWide = box(WEST, SOUTH, WEST + CELL + 0.00005, SOUTH + CELL);

		ImportPlan plan = validate(RegionLevel.GRID, List.of(feature(gridCode(1), "网格1", COMMUNITY, slightlyWide)),
				ImportMode.MERGE, null);

		assertThat(plan.updated()).hasSize(1);
	}

	@Test
	void reportsOverlapsBetweenFeaturesOfTheFile() {
		List<GeoFeature> features = List.of(feature(gridCode(1), "a", COMMUNITY, cell(0, 0)),
				feature(gridCode(2), "b", COMMUNITY, cell(0.5, 0)));

		assertThat(violations(RegionLevel.GRID, features, ImportMode.REPLACE)).singleElement()
			.satisfies(violation -> assertThat(violation.message())
				.startsWith(gridCode(2) + ": overlaps features[0] (" + gridCode(1) + ") by 5,"));
	}

	@Test
	void reportsAFeatureLyingOutsideItsParent() {
		List<Violation> violations = violations(RegionLevel.GRID,
				List.of(feature(gridCode(1), "越界", COMMUNITY, cell(5.5, 0))), ImportMode.MERGE);

		assertThat(violations).singleElement()
			.satisfies(violation -> assertThat(violation.message())
				.startsWith(gridCode(1) + ": lies 5,").contains("outside its parent " + COMMUNITY + " 红荔社区"));
	}

	@Test
	void reportsANewParentBoundaryThatLeavesStoredChildrenOutside() {
		List<Violation> violations = violations(RegionLevel.COMMUNITY,
				List.of(feature(COMMUNITY, "红荔社区", "440304001", box(WEST, SOUTH, WEST + 0.004, SOUTH + 0.006))),
				ImportMode.MERGE);

		assertThat(violations).hasSize(5)
			.allSatisfy(violation -> assertThat(violation.message()).contains("the new boundary leaves"));
	}

	@Test
	void refusesAReplaceThatWouldOrphanChildren() {
		List<Violation> violations = violations(RegionLevel.COMMUNITY,
				List.of(feature("440304001002", "新社区", "440304001", box(WEST + 0.006, SOUTH, WEST + 0.01, SOUTH + 0.006))),
				ImportMode.REPLACE);

		assertThat(violations).containsExactly(new Violation(COMMUNITY,
				"removing " + COMMUNITY + " 红荔社区 would orphan its 25 GRID regions; keep it in the file or remove them first"));
	}

	@Test
	void replacesOnlyTheGridsWithinTheScope() {
		List<GeoFeature> twoBigGrids = List.of(
				feature(gridCode(101), "北", COMMUNITY, box(WEST, SOUTH + 0.0025, WEST + 0.005, SOUTH + 0.005)),
				feature(gridCode(102), "南", COMMUNITY, box(WEST, SOUTH, WEST + 0.005, SOUTH + 0.0025)));

		ImportPlan plan = validate(RegionLevel.GRID, twoBigGrids, ImportMode.REPLACE, RegionCode.of(COMMUNITY));

		assertThat(plan.result()).isEqualTo(new ImportResult(RegionLevel.GRID, 2, 0, 0, 25));
	}

	@Test
	void refusesAScopeThatIsNoRegionAboveTheLevel() {
		assertThatThrownBy(() -> validate(RegionLevel.GRID, List.of(), ImportMode.REPLACE, RegionCode.of(gridCode(1))))
			.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
				.containsExactly(new Violation("within", "the scope must be a region above the GRID level, not the "
						+ "GRID " + gridCode(1))));
	}

	@Test
	void refusesAnEmptyFile() {
		assertThat(violations(RegionLevel.GRID, List.of(), ImportMode.MERGE))
			.containsExactly(new Violation("features", "the file has no features; nothing to import"));
	}

	@Test
	void validatesTwentyThousandGridsInAFewSeconds() {
		List<Boundary> parents = new ArrayList<>(SquareCity.boundaries().subList(0, 4));
		List<GeoFeature> grids = new ArrayList<>();
		for (int community = 0; community < 25; community++) {
			double west = WEST + (community % 5) * 0.03;
			double south = SOUTH + (community / 5) * 0.03;
			String code = "440304001" + String.format("%03d", community + 1);
			parents.add(SquareCity.boundary(code, "社区" + community, RegionLevel.COMMUNITY, "440304001",
					box(west, south, west + 0.03, south + 0.03)));
			for (int i = 0; i < 800; i++) {
				double x = west + (i % 30) * CELL;
				double y = south + (i / 30) * CELL;
				grids.add(feature(code + String.format("%03d", i + 1), "网格" + i, code, box(x, y, x + CELL, y + CELL)));
			}
		}
		parents.set(3, SquareCity.boundary("440304001", "大街道", RegionLevel.STREET, "440304",
				box(WEST, SOUTH, WEST + 0.15, SOUTH + 0.15)));
		parents.set(1, SquareCity.boundary("440304", "福田区", RegionLevel.DISTRICT, "440300",
				box(WEST, SOUTH, WEST + 0.2, SOUTH + 0.2)));
		RegionSnapshot large = RegionSnapshot.of(parents);

		long start = System.nanoTime();
		ImportPlan plan = validator.validate(RegionLevel.GRID, grids,
				new ImportOptions("code", "name", "parent", ImportMode.REPLACE, null), large);
		long millis = (System.nanoTime() - start) / 1_000_000;

		assertThat(plan.created()).hasSize(20_000);
		assertThat(millis).as("validation of 20,000 grids took %d ms", millis).isLessThan(15_000);
	}

	private ImportPlan validate(RegionLevel level, List<GeoFeature> features, ImportMode mode, RegionCode within) {
		return validator.validate(level, features, new ImportOptions("code", "name", "parent", mode, within), city);
	}

	private List<Violation> violations(RegionLevel level, List<GeoFeature> features, ImportMode mode) {
		try {
			validate(level, features, mode, null);
		}
		catch (InvalidInputException e) {
			return e.violations();
		}
		throw new AssertionError("expected the import to be refused");
	}
}
