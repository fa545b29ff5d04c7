package org.tongguan.region.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

import org.tongguan.region.importing.Candidate;

/**
 * Splits a set of grids into a given number of contiguous groups of similar area, deterministically: seeds are
 * spread by farthest-point sampling refined with area-weighted k-means, then every group grows breadth-first over
 * grid adjacency, the smallest group first, each taking the free neighbour nearest its seed. A piece of land cut
 * off from the rest (an island) gets seeds of its own in proportion to its area, or joins the nearest group when
 * too small for one.
 */
final class DemoPartition {

	private static final int KMEANS_ROUNDS = 8;

	/** Groups are numbered in reading order with rows this many metres high. */
	private static final double READING_BAND = 2000;

	private final double[] area;

	private final double[] x;

	private final double[] y;

	private final int[][] adjacency;

	/** A grid of the current split that no group holds yet. */
	private static final int FREE = -1;

	/** A grid outside the current split. */
	private static final int OUTSIDE = -2;

	/** A free grid already reached while finding the pieces of land. */
	private static final int REACHED = -3;

	/** Per grid, the group it was given in the current split, or one of the markers above. */
	private final int[] groupOf;

	/** Grids given by their area, centre (in metres) and neighbours. */
	DemoPartition(double[] area, double[] x, double[] y, int[][] adjacency) {
		this.area = area;
		this.x = x;
		this.y = y;
		this.adjacency = adjacency;
		this.groupOf = new int[area.length];
	}

	/** The members split into {@code count} non-empty groups, numbered in reading order of their seeds. */
	List<int[]> split(int[] members, int count) {
		Arrays.fill(groupOf, OUTSIDE);
		for (int member : members) {
			groupOf[member] = FREE;
		}
		List<int[]> components = components(members);
		int[] seedsPer = apportion(components, count);
		List<Integer> seedList = new ArrayList<>();
		List<int[]> orphans = new ArrayList<>();
		for (int c = 0; c < components.size(); c++) {
			if (seedsPer[c] == 0) {
				orphans.add(components.get(c));
			}
			for (int seed : seeds(components.get(c), seedsPer[c])) {
				seedList.add(seed);
			}
		}
		seedList.sort(readingOrder(READING_BAND));
		int[] seeds = seedList.stream().mapToInt(Integer::intValue).toArray();
		grow(seeds);
		for (int[] orphan : orphans) {
			int nearest = nearestGroup(orphan, seeds);
			for (int grid : orphan) {
				groupOf[grid] = nearest;
			}
		}
		List<int[]> groups = new ArrayList<>();
		for (int g = 0; g < seeds.length; g++) {
			final int group = g;
			groups.add(Arrays.stream(members).filter(member -> groupOf[member] == group).toArray());
		}
		return groups;
	}

	/** Grids row by row in bands of {@code band} metres, north to south, then west to east. */
	Comparator<Integer> readingOrder(double band) {
		return Comparator.comparingLong((Integer grid) -> Math.round(-y[grid] / band)).thenComparingDouble(grid -> x[grid]);
	}

	private List<int[]> components(int[] members) {
		List<int[]> components = new ArrayList<>();
		int[] queue = new int[members.length];
		for (int start : members) {
			if (groupOf[start] != FREE) {
				continue;
			}
			int head = 0, tail = 0;
			queue[tail++] = start;
			groupOf[start] = REACHED;
			while (head < tail) {
				for (int next : adjacency[queue[head++]]) {
					if (groupOf[next] == FREE) {
						groupOf[next] = REACHED;
						queue[tail++] = next;
					}
				}
			}
			components.add(Arrays.copyOf(queue, tail));
		}
		for (int member : members) {
			groupOf[member] = FREE;
		}
		components.sort(Comparator.comparingDouble((int[] component) -> -area(component)));
		return components;
	}

	/** Seeds per component, proportional to area (largest remainder), never more than the component's grids. */
	private int[] apportion(List<int[]> components, int count) {
		double total = components.stream().mapToDouble(this::area).sum();
		int[] seeds = new int[components.size()];
		double[] remainder = new double[components.size()];
		int given = 0;
		for (int c = 0; c < seeds.length; c++) {
			double quota = count * area(components.get(c)) / total;
			seeds[c] = Math.min((int) quota, components.get(c).length);
			remainder[c] = quota - seeds[c];
			given += seeds[c];
		}
		while (given < count) {
			int best = -1;
			for (int c = 0; c < seeds.length; c++) {
				if (seeds[c] < components.get(c).length && (best < 0 || remainder[c] > remainder[best])) {
					best = c;
				}
			}
			seeds[best]++;
			remainder[best]--;
			given++;
		}
		return seeds;
	}

	/** Seeds spread over a component: farthest-point sampling, refined by area-weighted k-means. */
	private int[] seeds(int[] component, int count) {
		if (count == 0) {
			return new int[0];
		}
		double[] centreX = new double[count];
		double[] centreY = new double[count];
		double[] nearest = new double[component.length];
		Arrays.fill(nearest, Double.POSITIVE_INFINITY);
		int pick = farthestFrom(component, nearest, weightedCentre(component));
		for (int s = 0; s < count; s++) {
			centreX[s] = x[pick];
			centreY[s] = y[pick];
			pick = farthestFrom(component, nearest, new double[] { x[pick], y[pick] });
		}
		for (int round = 0; round < KMEANS_ROUNDS; round++) {
			double[] sumX = new double[count], sumY = new double[count], weight = new double[count];
			for (int grid : component) {
				int s = nearestCentre(grid, centreX, centreY);
				sumX[s] += x[grid] * area[grid];
				sumY[s] += y[grid] * area[grid];
				weight[s] += area[grid];
			}
			for (int s = 0; s < count; s++) {
				if (weight[s] > 0) {
					centreX[s] = sumX[s] / weight[s];
					centreY[s] = sumY[s] / weight[s];
				}
			}
		}
		int[] seeds = new int[count];
		boolean[] taken = new boolean[component.length];
		for (int s = 0; s < count; s++) {
			int best = -1;
			for (int i = 0; i < component.length; i++) {
				if (!taken[i] && (best < 0 || distance(component[i], centreX[s], centreY[s]) < distance(component[best],
						centreX[s], centreY[s]))) {
					best = i;
				}
			}
			taken[best] = true;
			seeds[s] = component[best];
		}
		return seeds;
	}

	/** Updates each grid's distance to the nearest chosen point with {@code point}; answers the farthest grid. */
	private int farthestFrom(int[] component, double[] nearest, double[] point) {
		int farthest = component[0];
		double farthestDistance = -1;
		for (int i = 0; i < component.length; i++) {
			nearest[i] = Math.min(nearest[i], distance(component[i], point[0], point[1]));
			if (nearest[i] > farthestDistance) {
				farthestDistance = nearest[i];
				farthest = component[i];
			}
		}
		return farthest;
	}

	/** Grows every group from its seed until all reachable grids belong to one. */
	private void grow(int[] seeds) {
		double[] size = new double[seeds.length];
		List<PriorityQueue<Candidate>> frontiers = new ArrayList<>();
		PriorityQueue<Integer> smallestFirst = new PriorityQueue<>(
				Comparator.comparingDouble((Integer g) -> size[g]).thenComparingInt(g -> g));
		for (int g = 0; g < seeds.length; g++) {
			PriorityQueue<Candidate> frontier = new PriorityQueue<>(
					Comparator.comparingDouble(Candidate::distance).thenComparingInt(Candidate::grid));
			frontier.add(new Candidate(seeds[g], 0));
			frontiers.add(frontier);
			smallestFirst.add(g);
		}
		while (!smallestFirst.isEmpty()) {
			int g = smallestFirst.poll();
			PriorityQueue<Candidate> frontier = frontiers.get(g);
			while (!frontier.isEmpty() && groupOf[frontier.peek().grid()] != FREE) {
				frontier.poll();
			}
			if (frontier.isEmpty()) {
				continue;
			}
			int grid = frontier.poll().grid();
			groupOf[grid] = g;
			size[g] += area[grid];
			for (int next : adjacency[grid]) {
				if (groupOf[next] == FREE) {
					frontier.add(new Candidate(next, distance(next, x[seeds[g]], y[seeds[g]])));
				}
			}
			smallestFirst.add(g);
		}
	}

	private int nearestGroup(int[] orphan, int[] seeds) {
		double[] centre = weightedCentre(orphan);
		int best = 0;
		for (int g = 1; g < seeds.length; g++) {
			if (distance(seeds[g], centre[0], centre[1]) < distance(seeds[best], centre[0], centre[1])) {
				best = g;
			}
		}
		return best;
	}

	private int nearestCentre(int grid, double[] centreX, double[] centreY) {
		int best = 0;
		for (int s = 1; s < centreX.length; s++) {
			if (distance(grid, centreX[s], centreY[s]) < distance(grid, centreX[best], centreY[best])) {
				best = s;
			}
		}
		return best;
	}

	private double[] weightedCentre(int[] grids) {
		double sumX = 0, sumY = 0, weight = 0;
		for (int grid : grids) {
			sumX += x[grid] * area[grid];
			sumY += y[grid] * area[grid];
			weight += area[grid];
		}
		return new double[] { sumX / weight, sumY / weight };
	}

	private double area(int[] grids) {
		double sum = 0;
		for (int grid : grids) {
			sum += area[grid];
		}
		return sum;
	}

	private double distance(int grid, double px, double py) {
		double dx = x[grid] - px, dy = y[grid] - py;
		return dx * dx + dy * dy;
	}

	private record Candidate(int grid, double distance) {
	}
}
