package org.tongguan.sensing.device.demo;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.tongguan.identity.DepartmentFunction;
import org.tongguan.region.Location;
import org.tongguan.region.Region;
import org.tongguan.region.Regions;
import org.tongguan.sensing.device.DeviceDraft;
import org.tongguan.sensing.device.DeviceStatus;
import org.tongguan.sensing.device.ValidDevice;

/**
 * The demo devices of the Shenzhen demo city: about 3,000 sensors and cameras spread over the eight districts, each
 * inside a unit grid, owned by the district bureau of the matching line of work. Deterministic (fixed seed), codes
 * like {@code WL-440306-0001}.
 */
final class DemoDevices {

	/** The demo city's extent (lon/lat), sampled for points; only points inside a grid are kept. */
	private static final double WEST = 113.75, EAST = 114.63, SOUTH = 22.39, NORTH = 22.87;

	private static final long SEED = 20261121L;

	private static final int MAX_SAMPLES = 5_000_000;

	/** How big each district is in devices, relative; the low-lying ones get more water sensors (see KINDS). */
	private static final Map<String, Double> DISTRICT_WEIGHTS = Map.of("440303", 0.8, "440304", 1.0, "440305", 1.2,
			"440306", 1.6, "440307", 1.8, "440308", 0.5, "440309", 1.1, "440310", 0.6);

	private static final Map<String, Double> LOW_LYING = Map.of("440306", 2.0, "440307", 1.7);

	private static final List<Kind> KINDS = List.of(
			new Kind("WL", "water-level", "积水监测仪", 600, DepartmentFunction.SHUIWU, LOW_LYING),
			new Kind("RG", "rain-gauge", "雨量计", 150, DepartmentFunction.SHUIWU, LOW_LYING),
			new Kind("MC", "manhole-cover", "井盖监测器", 900, DepartmentFunction.CHENGGUAN, Map.of()),
			new Kind("SD", "smoke-detector", "烟感探测器", 500, DepartmentFunction.YINGJI, Map.of()),
			new Kind("AQ", "air-quality", "空气质量监测站", 80, DepartmentFunction.SHENGTAI, Map.of()),
			new Kind("NM", "noise-meter", "噪声监测仪", 200, DepartmentFunction.SHENGTAI, Map.of()),
			new Kind("BS", "bridge-strain", "桥梁应变计", 70, DepartmentFunction.JIAOTONG, Map.of()),
			new Kind("CAM", "camera", "视频监控", 500, DepartmentFunction.CHENGGUAN, Map.of()));

	private final Regions regions;

	private final SplittableRandom random = new SplittableRandom(SEED);

	DemoDevices(Regions regions) {
		this.regions = regions;
	}

	/** The demo devices of the given districts, {@code scale} times the standard numbers. */
	List<ValidDevice> generate(List<Region> districts, double scale) {
		List<int[]> quotas = KINDS.stream()
			.map(kind -> quotas(kind, districts, (int) Math.round(kind.count() * scale)))
			.toList();
		Map<String, Deque<Placed>> points = points(districts, quotas);
		List<ValidDevice> devices = new ArrayList<>();
		for (int k = 0; k < KINDS.size(); k++) {
			for (int d = 0; d < districts.size(); d++) {
				String district = districts.get(d).code().value();
				Deque<Placed> pool = points.get(district);
				for (int n = 1; n <= quotas.get(k)[d] && !pool.isEmpty(); n++) {
					devices.add(device(KINDS.get(k), district, n, pool.poll()));
				}
			}
		}
		return devices;
	}

	/** Splits a kind's count over the districts by weight (largest remainder). */
	private static int[] quotas(Kind kind, List<Region> districts, int count) {
		double[] weights = new double[districts.size()];
		double sum = 0;
		for (int d = 0; d < weights.length; d++) {
			String code = districts.get(d).code().value();
			weights[d] = DISTRICT_WEIGHTS.getOrDefault(code, 1.0) * kind.districtBias().getOrDefault(code, 1.0);
			sum += weights[d];
		}
		int[] quotas = new int[weights.length];
		int assigned = 0;
		for (int d = 0; d < weights.length; d++) {
			quotas[d] = (int) Math.floor(count * weights[d] / sum);
			assigned += quotas[d];
		}
		for (int d = 0; assigned < count; d = (d + 1) % quotas.length, assigned++) {
			quotas[d]++;
		}
		return quotas;
	}

	/**
	 * Random points inside grids, as many per district as its devices need: one sampling of the whole extent feeds
	 * every district. A district with no grid in the extent gets fewer points than it needs.
	 */
	private Map<String, Deque<Placed>> points(List<Region> districts, List<int[]> quotas) {
		Map<String, Deque<Placed>> points = new HashMap<>();
		Map<String, Integer> missing = new HashMap<>();
		for (int d = 0; d < districts.size(); d++) {
			int needed = 0;
			for (int[] quota : quotas) {
				needed += quota[d];
			}
			points.put(districts.get(d).code().value(), new ArrayDeque<>(needed));
			missing.put(districts.get(d).code().value(), needed);
		}
		int stillMissing = missing.values().stream().mapToInt(Integer::intValue).sum();
		for (int attempt = 0; stillMissing > 0 && attempt < MAX_SAMPLES; attempt++) {
			double lon = round(WEST + random.nextDouble() * (EAST - WEST));
			double lat = round(SOUTH + random.nextDouble() * (NORTH - SOUTH));
			Location location = regions.locate(lon, lat).orElse(null);
			if (location != null && location.grid() != null) {
				String district = location.district().code().value();
				if (missing.getOrDefault(district, 0) > 0) {
					missing.merge(district, -1, Integer::sum);
					points.get(district).add(new Placed(lon, lat, location));
					stillMissing--;
				}
			}
		}
		return points;
	}

	private ValidDevice device(Kind kind, String district, int number, Placed placed) {
		String sequence = "%04d".formatted(number);
		String code = kind.prefix() + "-" + district + "-" + sequence;
		Location at = placed.location();
		String name = at.street().name() + kind.name() + " " + sequence;
		String address = at.district().name() + at.street().name() + at.community().name();
		LocalDate installedOn = LocalDate.of(2023, 1, 1).plusDays(random.nextInt(3 * 365));
		String stream = kind.type().equals("camera") ? "rtsp://demo.invalid/live/" + code : null;
		return new ValidDevice(new DeviceDraft(code, name, kind.type(), placed.longitude(), placed.latitude(),
				district + "-" + kind.owner().code(), installedOn, "演示数据", address, null, stream,
				DeviceStatus.ACTIVE), at);
	}

	private static double round(double degrees) {
		return Math.round(degrees * 1e6) / 1e6;
	}

	/** A kind of demo device: code prefix, type, how many in the city, the owning line of work, district bias. */
	private record Kind(String prefix, String type, String name, int count, DepartmentFunction owner,
			Map<String, Double> districtBias) {
	}

	private record Placed(double longitude, double latitude, Location location) {
	}
}
