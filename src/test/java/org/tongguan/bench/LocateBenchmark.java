package org.tongguan.bench;

import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.locationtech.jts.geom.Envelope;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.tongguan.region.Region;
import org.tongguan.region.RegionLevel;
import org.tongguan.region.demo.DemoCity;
import org.tongguan.region.internal.Boundary;
import org.tongguan.region.internal.SpatialIndex;

/**
 * Point → unit grid lookups per second on one thread, over the ~20,000 grids of the demo city: random points in the
 * city's bounding box (about half fall outside every grid, in the sea or beyond the border) and random points known
 * to lie in a grid.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(2)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Threads(1)
public class LocateBenchmark {

	private static final int POINTS = 1 << 16;

	private SpatialIndex index;

	private final double[] anyLongitude = new double[POINTS];

	private final double[] anyLatitude = new double[POINTS];

	private final double[] gridLongitude = new double[POINTS];

	private final double[] gridLatitude = new double[POINTS];

	private int next;

	@Setup
	public void buildIndexAndPoints() {
		List<Boundary> grids = DemoCity.generate()
			.stream()
			.filter(boundary -> boundary.region().level() == RegionLevel.GRID)
			.toList();
		index = SpatialIndex.of(grids);
		Envelope envelope = new Envelope();
		grids.forEach(grid -> envelope.expandToInclude(grid.geometry().getEnvelopeInternal()));
		Random random = new Random(42);
		int inGrids = 0;
		for (int i = 0; inGrids < POINTS; i++) {
			double longitude = envelope.getMinX() + random.nextDouble() * envelope.getWidth();
			double latitude = envelope.getMinY() + random.nextDouble() * envelope.getHeight();
			if (i < POINTS) {
				anyLongitude[i] = longitude;
				anyLatitude[i] = latitude;
			}
			if (index.locate(longitude, latitude) != null) {
				gridLongitude[inGrids] = longitude;
				gridLatitude[inGrids++] = latitude;
			}
		}
	}

	/** A random point of the city's bounding box. */
	@Benchmark
	public Region locateAnyPoint() {
		int i = next++ & (POINTS - 1);
		return index.locate(anyLongitude[i], anyLatitude[i]);
	}

	/** A random point that lies in some grid. */
	@Benchmark
	public Region locatePointInGrid() {
		int i = next++ & (POINTS - 1);
		return index.locate(gridLongitude[i], gridLatitude[i]);
	}
}
