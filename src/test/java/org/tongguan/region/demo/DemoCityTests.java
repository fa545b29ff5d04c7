package org.tongguan.region.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.tongguan.region.Region;
import org.tongguan.region.RegionLevel;
import org.tongguan.region.internal.Boundary;
import org.tongguan.region.internal.SpatialIndex;
import org.tongguan.region.internal.SpatialIndexTests;
import org.tongguan.shared.geo.GeoJson;

class DemoCityTests {

	private static List<Boundary> city;

	private static Map<String, Boundary> byCode;

	@BeforeAll
	static void generate() {
		city = DemoCity.generate();
		byCode = city.stream().collect(Collectors.toMap(boundary -> boundary.region().code().value(), b -> b));
	}

	@Test
	void hasEveryLevelInTheExpectedNumbers() {
		Map<RegionLevel, Long> counts = city.stream()
			.collect(Collectors.groupingBy(boundary -> boundary.region().level(), Collectors.counting()));
		assertThat(counts.get(RegionLevel.CITY)).isEqualTo(1);
		assertThat(counts.get(RegionLevel.DISTRICT)).isEqualTo(8);
		assertThat(counts.get(RegionLevel.STREET)).isEqualTo(74);
		assertThat(counts.get(RegionLevel.COMMUNITY)).isBetween(600L, 800L);
		assertThat(counts.get(RegionLevel.GRID)).isBetween(18_000L, 22_000L);
		assertThat(byCode.get("440300").region().name()).isEqualTo("深圳市");
		assertThat(byCode.get("440304").region().name()).isEqualTo("福田区");
		assertThat(byCode.get("440304001").region().name()).isEqualTo("园岭街道");
	}

	@Test
	void codesAreUniqueSortedAndPrefixedByTheParentCode() {
		assertThat(byCode).hasSize(city.size());
		for (int i = 1; i < city.size(); i++) {
			assertThat(city.get(i).region().code().value()).isGreaterThan(city.get(i - 1).region().code().value());
		}
		for (Boundary boundary : city) {
			Region region = boundary.region();
			assertThat(region.code().value()).hasSize(region.level().digits());
			if (region.parent() != null) {
				Region parent = byCode.get(region.parent().value()).region();
				assertThat(parent.level()).isEqualTo(region.level().parent());
				assertThat(parent.code().covers(region.code())).isTrue();
				if (region.level() != RegionLevel.DISTRICT) {
					assertThat(region.code().value()).startsWith(parent.code().value());
				}
			}
		}
	}

	@Test
	void namesAreReadableAndUniqueUnderTheirParent() {
		Set<String> seen = new HashSet<>();
		for (Boundary boundary : city) {
			Region region = boundary.region();
			assertThat(seen.add(region.parent() + "/" + region.name())).as(region.toString()).isTrue();
			switch (region.level()) {
				case STREET -> assertThat(region.name()).endsWith("街道");
				case COMMUNITY -> assertThat(region.name()).matches(".+第\\d+社区");
				case GRID -> assertThat(region.name()).startsWith(byCode.get(region.parent().value()).region().name())
					.matches(".+ 第\\d{3}网格");
				default -> assertThat(region.name()).endsWith(region.level() == RegionLevel.CITY ? "市" : "区");
			}
		}
	}

	@Test
	void everyGeometryIsAValidPolygonOrMultiPolygon() {
		for (Boundary boundary : city) {
			Geometry geometry = boundary.geometry();
			assertThat(geometry.getGeometryType()).as(boundary.region().toString()).isIn("Polygon", "MultiPolygon");
			assertThat(geometry.isValid()).as(boundary.region().toString()).isTrue();
			assertThat(geometry.isEmpty()).isFalse();
		}
	}

	@Test
	void childrenCoverTheirParentsArea() {
		Map<String, Double> childArea = new HashMap<>();
		for (Boundary boundary : city) {
			if (boundary.region().parent() != null) {
				childArea.merge(boundary.region().parent().value(), boundary.geometry().getArea(), Double::sum);
			}
		}
		for (Boundary boundary : city) {
			if (boundary.region().level() != RegionLevel.GRID) {
				double area = boundary.geometry().getArea();
				assertThat(childArea.get(boundary.region().code().value())).as(boundary.region().toString())
					.isCloseTo(area, offset(area * (boundary.region().level() == RegionLevel.CITY ? 1e-9 : 0.005)));
			}
		}
	}

	@Test
	void gridsOfADistrictDoNotOverlap() {
		List<Boundary> grids = level(RegionLevel.GRID);
		STRtree tree = new STRtree();
		for (Boundary grid : grids) {
			tree.insert(grid.geometry().getEnvelopeInternal(), grid);
		}
		double squareMetresPerSquareDegree = HexLattice.squareMetres(1);
		for (Boundary grid : grids) {
			String district = grid.region().code().value().substring(0, 6);
			for (Object other : tree.query(grid.geometry().getEnvelopeInternal())) {
				Boundary neighbour = (Boundary) other;
				if (neighbour.region().code().value().compareTo(grid.region().code().value()) > 0
						&& neighbour.region().code().value().startsWith(district)) {
					double overlap = OverlayNGRobust
						.overlay(grid.geometry(), neighbour.geometry(), OverlayNG.INTERSECTION)
						.getArea() * squareMetresPerSquareDegree;
					assertThat(overlap).as("%s and %s", grid.region(), neighbour.region()).isLessThan(5);
				}
			}
		}
	}

	@Test
	void gridsAreAboutATenthOfASquareKilometre() {
		double[] areas = level(RegionLevel.GRID).stream()
			.mapToDouble(grid -> HexLattice.squareMetres(grid.geometry().getArea()))
			.sorted()
			.toArray();
		assertThat(areas[areas.length / 2]).isBetween(90_000.0, 120_000.0);
		assertThat(areas[areas.length - 1]).isLessThan(250_000);
	}

	@Test
	void mostStreetsAndCommunitiesAreInOnePiece() {
		for (RegionLevel level : List.of(RegionLevel.STREET, RegionLevel.COMMUNITY)) {
			List<Boundary> regions = level(level);
			long inOnePiece = regions.stream().filter(boundary -> boundary.geometry().getNumGeometries() == 1).count();
			assertThat(inOnePiece).as(level.toString()).isGreaterThan(regions.size() * 85L / 100);
		}
	}

	@Test
	void isDeterministic() {
		List<Boundary> again = DemoCity.generate();
		assertThat(again).hasSameSizeAs(city);
		for (int i = 0; i < city.size(); i++) {
			assertThat(again.get(i).region()).isEqualTo(city.get(i).region());
			assertThat(again.get(i).geometry().equalsExact(city.get(i).geometry())).isTrue();
		}
	}

	@Test
	void locatesFutianCentreInAGridOfFutian() {
		SpatialIndex index = SpatialIndex.of(level(RegionLevel.GRID));
		Region grid = index.locate(114.0579, 22.5431);
		assertThat(grid).isNotNull();
		assertThat(grid.code().value()).startsWith("440304");
		assertThat(byCode.get(grid.code().value()).geometry()
			.covers(GeoJson.FACTORY.createPoint(new Coordinate(114.0579, 22.5431)))).isTrue();
	}

	@Test
	void spatialIndexAgreesWithJtsOnDistrictsAndGrids() {
		Envelope envelope = byCode.get("440300").geometry().getEnvelopeInternal();
		SpatialIndexTests.assertAgreesWithJts(level(RegionLevel.DISTRICT), envelope, 20_000, new Random(1));
		SpatialIndexTests.assertAgreesWithJts(level(RegionLevel.GRID), envelope, 20_000, new Random(2));
	}

	private static List<Boundary> level(RegionLevel level) {
		return city.stream().filter(boundary -> boundary.region().level() == level).toList();
	}
}
