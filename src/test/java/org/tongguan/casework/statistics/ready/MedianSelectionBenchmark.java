package org.tongguan.casework.statistics.ready;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The exact medians of a year by grid at about 10,000,000 cases (issue 14), without the database: 20,000 grids × 365
 * days of runs of handling times, a third of them holding one to three closures, each key decoded as a new string
 * as the slices' reader does. Run with {@code ./bench MedianSelectionBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx384m")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class MedianSelectionBenchmark {

	private static final int GRIDS = 20_000;

	private static final int DAYS = 365;

	private byte[][] keys;

	private byte[][] working;

	private byte[][] calendar;

	@Setup
	public void runs() {
		Random random = new Random(20261208);
		int runs = 0;
		keys = new byte[GRIDS * DAYS / 2][];
		working = new byte[keys.length][];
		calendar = new byte[keys.length][];
		for (int day = 0; day < DAYS && runs < keys.length; day++) {
			for (int grid = 0; grid < GRIDS && runs < keys.length; grid++) {
				if (random.nextInt(3) == 0) {
					long[] seconds = new long[1 + random.nextInt(3)];
					for (int i = 0; i < seconds.length; i++) {
						seconds[i] = (long) (-Math.log(1 - random.nextDouble()) * 2 * 86_400);
					}
					Arrays.sort(seconds);
					keys[runs] = "%09d%06d".formatted(440303001, grid).getBytes(StandardCharsets.US_ASCII);
					working[runs] = SortedSeconds.encode(Arrays.stream(seconds).map(s -> s / 3).toArray());
					calendar[runs] = SortedSeconds.encode(seconds);
					runs++;
				}
			}
		}
		keys = Arrays.copyOf(keys, runs);
	}

	@Benchmark
	public MedianSelection.Result yearByGrid() {
		return MedianSelection.of(each -> {
			for (int run = 0; run < keys.length; run++) {
				each.accept(new String(keys[run], StandardCharsets.US_ASCII), working[run], calendar[run]);
			}
		}, GRIDS);
	}
}
