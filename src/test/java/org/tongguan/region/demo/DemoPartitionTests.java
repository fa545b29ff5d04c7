package org.tongguan.region.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class DemoPartitionTests {

	/** A 40 × 30 square of grids 300 m apart (4-neighbourhood) plus a 2 × 2 island far to the east. */
	private static final int WIDTH = 40;

	private static final double SPACING = 300;

	private static final int HEIGHT = 30;

	private final int count = WIDTH * HEIGHT + 4;

	private final double[] x = new double[count];

	private final double[] y = new double[count];

	private final int[][] adjacency = new int[count][];

	private final DemoPartition partition;

	DemoPartitionTests() {
		for (int i = 0; i < WIDTH * HEIGHT; i++) {
			x[i] = i % WIDTH * SPACING;
			y[i] = i / WIDTH * SPACING;
			List<Integer> neighbours = new ArrayList<>();
			if (i % WIDTH > 0) {
				neighbours.add(i - 1);
			}
			if (i % WIDTH < WIDTH - 1) {
				neighbours.add(i + 1);
			}
			if (i >= WIDTH) {
				neighbours.add(i - WIDTH);
			}
			if (i < WIDTH * (HEIGHT - 1)) {
				neighbours.add(i + WIDTH);
			}
			adjacency[i] = neighbours.stream().mapToInt(Integer::intValue).toArray();
		}
		int island = WIDTH * HEIGHT;
		for (int k = 0; k < 4; k++) {
			x[island + k] = (60 + k % 2) * SPACING;
			y[island + k] = (10 + k / 2) * SPACING;
			int right = island + (k ^ 1), other = island + (k ^ 2);
			adjacency[island + k] = new int[] { right, other };
		}
		double[] area = new double[count];
		Arrays.fill(area, 1);
		partition = new DemoPartition(area, x, y, adjacency);
	}

	@Test
	void splitsIntoContiguousGroupsOfSimilarSizeThatCoverEveryGrid() {
		int[] square = IntStream.range(0, WIDTH * HEIGHT).toArray();
		List<int[]> groups = partition.split(square, 6);
		assertThat(groups).hasSize(6);
		assertThat(groups.stream().mapToInt(group -> group.length).sum()).isEqualTo(square.length);
		for (int[] group : groups) {
			assertThat(group.length).isBetween(square.length / 6 / 2, square.length / 6 * 2);
			assertThat(isConnected(group)).isTrue();
		}
	}

	@Test
	void attachesAnIslandTooSmallForASeedToTheNearestGroup() {
		int[] all = IntStream.range(0, count).toArray();
		List<int[]> groups = partition.split(all, 4);
		assertThat(groups.stream().mapToInt(group -> group.length).sum()).isEqualTo(count);
		int[] withIsland = groups.stream()
			.filter(group -> Arrays.stream(group).anyMatch(grid -> grid >= WIDTH * HEIGHT))
			.findFirst()
			.orElseThrow();
		assertThat(Arrays.stream(withIsland).filter(grid -> grid >= WIDTH * HEIGHT).count()).isEqualTo(4);
		assertThat(Arrays.stream(withIsland).filter(grid -> grid < WIDTH * HEIGHT).mapToDouble(grid -> x[grid]).max()
			.orElseThrow()).isEqualTo((WIDTH - 1) * SPACING);
	}

	@Test
	void numbersGroupsInReadingOrderAndAnswersTheSameEveryTime() {
		int[] square = IntStream.range(0, WIDTH * HEIGHT).toArray();
		List<int[]> first = partition.split(square, 8);
		List<int[]> second = partition.split(square, 8);
		for (int g = 0; g < first.size(); g++) {
			assertThat(second.get(g)).isEqualTo(first.get(g));
		}
		assertThat(meanY(first.get(0))).isGreaterThan(meanY(first.get(first.size() - 1)));
	}

	private double meanY(int[] group) {
		return Arrays.stream(group).mapToDouble(grid -> y[grid]).average().orElseThrow();
	}

	private boolean isConnected(int[] group) {
		Set<Integer> members = new HashSet<>();
		Arrays.stream(group).forEach(members::add);
		Set<Integer> reached = new HashSet<>(List.of(group[0]));
		List<Integer> queue = new ArrayList<>(reached);
		for (int head = 0; head < queue.size(); head++) {
			for (int next : adjacency[queue.get(head)]) {
				if (members.contains(next) && reached.add(next)) {
					queue.add(next);
				}
			}
		}
		return reached.size() == group.length;
	}
}
