package org.tongguan.casework.statistics.ready;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

/**
 * Runs of handling times keep their values exactly through encoding and changes, and the median of several runs
 * equals the median of all their values sorted.
 */
class MedianSelectionTests {

	private final Random random = new Random(20261206);

	@Test
	void aRunDecodesToItsValuesAndChangesTakeAwayAndAddExactly() {
		long[] values = { -5, 0, 0, 7, 63, 64, 3_600, 3_600, 86_400 * 400L, Long.MAX_VALUE / 4 };
		assertThat(SortedSeconds.decode(SortedSeconds.encode(values))).containsExactly(values);
		assertThat(SortedSeconds.encode(new long[0])).isNull();

		long[] changed = SortedSeconds.change(SortedSeconds.encode(values), new long[] { 3_600, 0, -5 },
				new long[] { 1, 100_000, 3_600 });
		assertThat(changed).containsExactly(0, 1, 7, 63, 64, 3_600, 3_600, 100_000, 86_400 * 400L, Long.MAX_VALUE / 4);
		assertThat(SortedSeconds.change(null, new long[0], new long[] { 9, 2 })).containsExactly(2, 9);
	}

	@Test
	void takingAwayATimeTheRunDoesNotHoldFailsRatherThanLosingCount() {
		byte[] run = SortedSeconds.encode(new long[] { 10, 20 });
		assertThatIllegalStateException().isThrownBy(() -> SortedSeconds.change(run, new long[] { 15 }, new long[0]))
			.withMessageContaining("15 s");
		assertThatIllegalStateException().isThrownBy(() -> SortedSeconds.change(run, new long[] { 30 }, new long[0]));
	}

	@Test
	void theMedianOfRunsIsTheMiddleValueOrTheMeanOfTheTwoMiddleValues() {
		assertThat(median(List.of(), 1)).isNull();
		assertThat(median(runs(new long[] { 5 }, new long[] { 1, 9 }), 1)).isEqualTo(5.0);
		assertThat(median(runs(new long[] { 1, 2 }, new long[] { 3, 1_000_000 }), 1)).isEqualTo(2.5);
		assertThat(median(runs(new long[] { 0, 0, 0 }, new long[] { 0, 7 }), 1)).isEqualTo(0.0);
		for (int expectedGroups : new int[] { 1, 500, 20_000 }) {
			for (int trial = 0; trial < 100; trial++) {
				List<long[]> runs = new ArrayList<>();
				int count = 1 + random.nextInt(12);
				for (int r = 0; r < count; r++) {
					runs.add(randomRun());
				}
				assertThat(median(runs(runs.toArray(long[][]::new)), expectedGroups))
					.as("%d groups expected", expectedGroups)
					.isEqualTo(sortedMedian(runs.stream().flatMapToLong(LongStream::of).toArray()));
			}
		}
	}

	@Test
	void eachGroupHasItsOwnMedianAndTheTotalIsTheMedianOfAll() {
		Map<String, List<long[]>> groups = new HashMap<>();
		for (String group : new String[] { "440304", "440305", null }) {
			groups.put(group, List.of(randomRun(), randomRun(), randomRun()));
		}
		MedianSelection.Result result = MedianSelection.of(each -> groups.forEach((group, runs) -> runs.stream()
			.map(SortedSeconds::encode)
			.filter(run -> run != null)
			.forEach(run -> each.accept(group, run, run))), groups.size());
		groups.forEach((group, runs) -> {
			Double expected = sortedMedian(runs.stream().flatMapToLong(LongStream::of).toArray());
			assertThat(result.groups().get(group)).isEqualTo(new MedianSelection.Medians(expected, expected));
		});
		Double all = sortedMedian(groups.values().stream().flatMap(List::stream).flatMapToLong(LongStream::of).toArray());
		assertThat(result.total()).isEqualTo(new MedianSelection.Medians(all, all));
	}

	/** The median of one group's runs, its working and calendar runs being the same. */
	private static Double median(List<byte[]> runs, int expectedGroups) {
		MedianSelection.Result result = MedianSelection.of(each -> runs.forEach(run -> each.accept("g", run, run)),
				expectedGroups);
		assertThat(result.total().working()).isEqualTo(result.total().calendar());
		MedianSelection.Medians group = result.groups().get("g");
		assertThat(group == null ? null : group.working()).isEqualTo(result.total().working());
		return result.total().working();
	}

	private static Double sortedMedian(long[] values) {
		long[] all = values.clone();
		Arrays.sort(all);
		return all.length == 0 ? null
				: all.length % 2 == 1 ? (double) all[all.length / 2] : (all[all.length / 2 - 1] + all[all.length / 2]) / 2.0;
	}

	private long[] randomRun() {
		long[] values = new long[random.nextInt(300)];
		for (int i = 0; i < values.length; i++) {
			values[i] = switch (random.nextInt(4)) {
				case 0 -> random.nextInt(64);
				case 1 -> 3_600L * random.nextInt(48);
				default -> (long) Math.exp(random.nextDouble() * 17);
			};
		}
		Arrays.sort(values);
		return values;
	}

	private static List<byte[]> runs(long[]... values) {
		return Arrays.stream(values).map(SortedSeconds::encode).filter(run -> run != null).toList();
	}
}
