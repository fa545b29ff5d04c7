package org.tongguan.casework.map;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.tongguan.casework.CaseStage;
import org.tongguan.casework.Channel;
import org.tongguan.region.RegionCode;
import org.tongguan.shared.geo.tiles.TileCoordinate;
import org.tongguan.shared.geo.tiles.ZOrder;

/**
 * The cases on the map at one moment, held in columns sorted by {@link ZOrder} key so that the cases of a tile are one
 * contiguous run: what the case tiles below z 15 count their clusters from without reading the table. About 30 bytes
 * a case; at most {@value #MAX_CASES} cases.
 */
final class CaseMapSnapshot {

	/** The most cases a snapshot holds (the row number shares a long with the 38-bit key while sorting). */
	static final int MAX_CASES = 1 << 25;

	/** Report times are kept as seconds from 2000-01-01 in an int (until 2068). */
	private static final long EPOCH = 946_684_800L;

	private final long[] keys;

	private final float[] longitudes;

	private final float[] latitudes;

	private final int[] reported;

	private final byte[] stages;

	private final byte[] channels;

	private final short[] categories;

	private final short[] departments;

	private final int[] regions;

	private final Dictionary categoryCodes;

	private final Dictionary departmentCodes;

	private final Dictionary regionCodes;

	private final Map<RegionCode, boolean[]> scopes = new ConcurrentHashMap<>();

	private CaseMapSnapshot(Builder rows) {
		int size = rows.size;
		long[] order = new long[size];
		for (int i = 0; i < size; i++) {
			order[i] = rows.keys[i] << 25 | i;
		}
		Arrays.sort(order);
		keys = new long[size];
		longitudes = new float[size];
		latitudes = new float[size];
		reported = new int[size];
		stages = new byte[size];
		channels = new byte[size];
		categories = new short[size];
		departments = new short[size];
		regions = new int[size];
		for (int at = 0; at < size; at++) {
			int row = (int) (order[at] & (MAX_CASES - 1));
			keys[at] = order[at] >>> 25;
			longitudes[at] = rows.longitudes[row];
			latitudes[at] = rows.latitudes[row];
			reported[at] = rows.reported[row];
			stages[at] = rows.stages[row];
			channels[at] = rows.channels[row];
			categories[at] = rows.categories[row];
			departments[at] = rows.departments[row];
			regions[at] = rows.regions[row];
		}
		categoryCodes = rows.categoryCodes;
		departmentCodes = rows.departmentCodes;
		regionCodes = rows.regionCodes;
	}

	/** How many cases the snapshot holds. */
	int size() {
		return keys.length;
	}

	/**
	 * The clusters of a tile (zoom at most {@value ZOrder#ZOOM} − {@code bits}): the tile divided into 2^bits ×
	 * 2^bits cells, and for every cell with a case that the filter selects and the scope covers, how many and their
	 * mean position.
	 */
	List<Cluster> clusters(TileCoordinate tile, int bits, CaseTiles.Filter filter, RegionCode scope) {
		Matcher matcher = new Matcher(filter, scope);
		if (matcher.none) {
			return List.of();
		}
		int cells = 1 << 2 * bits;
		long[] counts = new long[cells];
		double[] sumLongitude = new double[cells];
		double[] sumLatitude = new double[cells];
		int end = firstAtOrAfter(ZOrder.end(tile));
		for (int at = firstAtOrAfter(ZOrder.first(tile)); at < end; at++) {
			if (matcher.matches(at)) {
				int cell = ZOrder.cell(keys[at], tile.z(), bits);
				counts[cell]++;
				sumLongitude[cell] += longitudes[at];
				sumLatitude[cell] += latitudes[at];
			}
		}
		List<Cluster> clusters = new ArrayList<>();
		for (int cell = 0; cell < cells; cell++) {
			if (counts[cell] > 0) {
				clusters.add(new Cluster(counts[cell], sumLongitude[cell] / counts[cell],
						sumLatitude[cell] / counts[cell]));
			}
		}
		return clusters;
	}

	private int firstAtOrAfter(long key) {
		int found = Arrays.binarySearch(keys, key);
		if (found < 0) {
			return -found - 1;
		}
		while (found > 0 && keys[found - 1] == key) {
			found--;
		}
		return found;
	}

	/** Which regions of the snapshot a scope covers, computed once per scope. */
	private boolean[] covered(RegionCode scope) {
		return scopes.computeIfAbsent(scope, root -> {
			boolean[] covered = new boolean[regionCodes.codes.size()];
			for (int i = 0; i < covered.length; i++) {
				covered[i] = root.covers(new RegionCode(regionCodes.codes.get(i)));
			}
			return covered;
		});
	}

	/**
	 * One cluster.
	 *
	 * @param count how many cases
	 * @param longitude their mean longitude
	 * @param latitude their mean latitude
	 */
	record Cluster(long count, double longitude, double latitude) {
	}

	/** The filter and scope turned into comparisons on the columns. */
	private final class Matcher {

		private final boolean none;

		private final int from;

		private final int to;

		private final int stageMask;

		private final int category;

		private final int channel;

		private final int department;

		private final boolean[] scope;

		Matcher(CaseTiles.Filter filter, RegionCode root) {
			from = filter.from() == null ? Integer.MIN_VALUE : seconds(filter.from());
			to = filter.to() == null ? Integer.MAX_VALUE : seconds(filter.to());
			stageMask = filter.stages().stream().mapToInt(stage -> 1 << stage.ordinal()).reduce(0, (a, b) -> a | b);
			category = filter.category() == null ? -1 : categoryCodes.find(filter.category().toString());
			channel = filter.channel() == null ? -1 : filter.channel().ordinal();
			department = filter.department() == null ? -1 : departmentCodes.find(filter.department().toString());
			scope = root.isPlatform() ? null : covered(root);
			none = filter.category() != null && category < 0 || filter.department() != null && department < 0;
		}

		boolean matches(int at) {
			return reported[at] >= from && reported[at] < to
					&& (stageMask == 0 || (stageMask & 1 << stages[at]) != 0)
					&& (category < 0 || categories[at] == category) && (channel < 0 || channels[at] == channel)
					&& (department < 0 || departments[at] == department) && (scope == null || scope[regions[at]]);
		}
	}

	private static int seconds(Instant instant) {
		return (int) Math.max(Integer.MIN_VALUE + 1L, Math.min(Integer.MAX_VALUE - 1L, instant.getEpochSecond() - EPOCH));
	}

	/** Codes numbered in the order they are first seen. */
	private static final class Dictionary {

		private final List<String> codes = new ArrayList<>();

		private final Map<String, Integer> numbers = new HashMap<>();

		int number(String code) {
			return numbers.computeIfAbsent(code, added -> {
				codes.add(added);
				return codes.size() - 1;
			});
		}

		int find(String code) {
			return numbers.getOrDefault(code, -1);
		}
	}

	/** Collects the cases of a snapshot, in any order. */
	static final class Builder {

		private int size;

		private long[] keys;

		private float[] longitudes;

		private float[] latitudes;

		private int[] reported;

		private byte[] stages;

		private byte[] channels;

		private short[] categories;

		private short[] departments;

		private int[] regions;

		private final Dictionary categoryCodes = new Dictionary();

		private final Dictionary departmentCodes = new Dictionary();

		private final Dictionary regionCodes = new Dictionary();

		Builder(int expected) {
			resize(Math.max(1024, expected));
		}

		/** Adds a case; {@code department} may be null. */
		void add(double longitude, double latitude, Instant reportedAt, CaseStage stage, Channel channel,
				String category, String department, String region) {
			if (size == MAX_CASES) {
				throw new IllegalStateException("More than " + MAX_CASES + " cases to put on the map");
			}
			if (size == keys.length) {
				resize(size * 2);
			}
			keys[size] = ZOrder.key(longitude, latitude);
			longitudes[size] = (float) longitude;
			latitudes[size] = (float) latitude;
			reported[size] = seconds(reportedAt);
			stages[size] = (byte) stage.ordinal();
			channels[size] = (byte) channel.ordinal();
			categories[size] = (short) categoryCodes.number(category);
			departments[size] = department == null ? -1 : (short) departmentCodes.number(department);
			regions[size] = regionCodes.number(region);
			size++;
		}

		CaseMapSnapshot build() {
			return new CaseMapSnapshot(this);
		}

		private void resize(int capacity) {
			keys = keys == null ? new long[capacity] : Arrays.copyOf(keys, capacity);
			longitudes = longitudes == null ? new float[capacity] : Arrays.copyOf(longitudes, capacity);
			latitudes = latitudes == null ? new float[capacity] : Arrays.copyOf(latitudes, capacity);
			reported = reported == null ? new int[capacity] : Arrays.copyOf(reported, capacity);
			stages = stages == null ? new byte[capacity] : Arrays.copyOf(stages, capacity);
			channels = channels == null ? new byte[capacity] : Arrays.copyOf(channels, capacity);
			categories = categories == null ? new short[capacity] : Arrays.copyOf(categories, capacity);
			departments = departments == null ? new short[capacity] : Arrays.copyOf(departments, capacity);
			regions = regions == null ? new int[capacity] : Arrays.copyOf(regions, capacity);
		}
	}
}
