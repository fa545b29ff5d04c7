package org.tongguan.casework.map;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.locationtech.jts.geom.Envelope;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.tongguan.casework.CaseStage;
import org.tongguan.casework.Channel;
import org.tongguan.catalog.CategoryCode;
import org.tongguan.region.Region;
import org.tongguan.region.RegionCode;
import org.tongguan.region.RegionLevel;
import org.tongguan.region.demo.DemoCity;
import org.tongguan.region.internal.Boundary;
import org.tongguan.region.internal.SpatialIndex;
import org.tongguan.shared.geo.tiles.TileCoordinate;

/**
 * Counting the case clusters of one tile (decision 0018) from a snapshot of {@code cases} cases at random points of
 * the demo city's grids over three years: city-wide without filters (the most cases a tile can hold), and for a
 * district-scoped caller filtered to one category and one month. The tile is the one around the Civic Centre at the
 * zoom given; at z 10 it holds about a third of the city.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class CaseMapBenchmark {

	private static final Instant NOW = Instant.parse("2026-12-01T00:00:00Z");

	private static final CaseTiles.Filter EVERYTHING = new CaseTiles.Filter(null, null, null, null, null, null);

	private static final CaseTiles.Filter ONE_CATEGORY_ONE_MONTH = new CaseTiles.Filter(
			NOW.minus(30, ChronoUnit.DAYS), NOW, CategoryCode.of("E0101"), Set.of(), null, null);

	@Param("1000000")
	public int cases;

	@Param({ "10", "12", "14" })
	public int zoom;

	private CaseMapSnapshot snapshot;

	private TileCoordinate tile;

	@Setup
	public void buildSnapshot() {
		List<Boundary> grids = DemoCity.generate()
			.stream()
			.filter(boundary -> boundary.region().level() == RegionLevel.GRID)
			.toList();
		SpatialIndex index = SpatialIndex.of(grids);
		Envelope city = new Envelope();
		grids.forEach(grid -> city.expandToInclude(grid.geometry().getEnvelopeInternal()));
		Random random = new Random(18);
		String[] categories = { "E0101", "E0102", "E0103", "C0103", "E0505", "E0402" };
		CaseMapSnapshot.Builder rows = new CaseMapSnapshot.Builder(cases);
		for (int added = 0; added < cases;) {
			double longitude = city.getMinX() + random.nextDouble() * city.getWidth();
			double latitude = city.getMinY() + random.nextDouble() * city.getHeight();
			Region grid = index.locate(longitude, latitude);
			if (grid != null) {
				rows.add(longitude, latitude, NOW.minusSeconds(random.nextInt(3 * 365 * 86_400)),
						CaseStage.values()[random.nextInt(9)], Channel.values()[random.nextInt(3)],
						categories[random.nextInt(categories.length)], null, grid.code().value());
				added++;
			}
		}
		snapshot = rows.build();
		double n = Math.pow(2, zoom);
		double phi = Math.toRadians(22.5431);
		tile = new TileCoordinate(zoom, (int) Math.floor((114.0579 + 180) / 360 * n),
				(int) Math.floor((1 - Math.log(Math.tan(phi) + 1 / Math.cos(phi)) / Math.PI) / 2 * n));
	}

	/** Every case of the tile, for a city-wide caller. */
	@Benchmark
	public List<CaseMapSnapshot.Cluster> cityWide() {
		return snapshot.clusters(tile, CaseTiles.CELL_BITS, EVERYTHING, RegionCode.PLATFORM);
	}

	/** One category of the last month, for a caller scoped to 福田区. */
	@Benchmark
	public List<CaseMapSnapshot.Cluster> districtOneCategoryOneMonth() {
		return snapshot.clusters(tile, CaseTiles.CELL_BITS, ONE_CATEGORY_ONE_MONTH, RegionCode.of("440304"));
	}
}
