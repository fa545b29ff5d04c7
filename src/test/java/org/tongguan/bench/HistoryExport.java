package org.tongguan.bench;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.tongguan.casework.history.ValueMaps;
import org.tongguan.catalog.Catalog;
import org.tongguan.catalog.CategoryVersion;
import org.tongguan.identity.Department;
import org.tongguan.identity.Departments;
import org.tongguan.region.Region;
import org.tongguan.region.RegionLevel;
import org.tongguan.region.Regions;

/**
 * A generated history export of the demo city for the history import benchmark, rows in report order over 2025:
 * random categories and departments, 85 % closed. With our own values: platform codes and points throughout. As an
 * old system writes it ({@code named}): categories and departments by name, a third of the categories as old codes
 * ({@code OLD-E0101}) that the category value map translates, and 18 % of the rows without a point, placed by a
 * community name ({@code regionName}), a sixth of those by an old neighbourhood name that the region value map
 * translates.
 */
final class HistoryExport {

	private final Regions regions;

	private final boolean named;

	private final List<CategoryVersion> categories;

	private final List<Department> departments;

	private final List<Region> communities;

	HistoryExport(Regions regions, Catalog catalog, Departments departments, boolean named) {
		this.regions = regions;
		this.named = named;
		this.categories = catalog.currentAll().stream().filter(version -> version.definition().active()).toList();
		this.departments = named ? uniquelyNamed(departments.all(), Department::name) : departments.all();
		Map<String, Long> regionNames = List.of(RegionLevel.DISTRICT, RegionLevel.STREET, RegionLevel.COMMUNITY,
				RegionLevel.GRID).stream().flatMap(level -> regions.list(level).stream())
			.collect(Collectors.groupingBy(Region::name, Collectors.counting()));
		this.communities = regions.list(RegionLevel.COMMUNITY).stream()
			.filter(community -> regionNames.get(community.name()) == 1)
			.toList();
	}

	/** The value maps an old system's export needs, none for our own values. */
	ValueMaps valueMaps() {
		if (!named) {
			return ValueMaps.NONE;
		}
		Map<String, String> oldCodes = new HashMap<>();
		categories.forEach(version -> oldCodes.put("OLD-" + version.code(), version.code().value()));
		Map<String, String> neighbourhoods = new HashMap<>();
		for (int i = 0; i < communities.size(); i++) {
			neighbourhoods.put("老街坊" + i, communities.get(i).name());
		}
		return new ValueMaps(Map.of("category", oldCodes, "region", neighbourhoods));
	}

	/** The file, seeded so that every run imports the same rows. */
	byte[] generate(int rows) {
		Random random = new Random(42);
		DateTimeFormatter format = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
		LocalDateTime start = LocalDateTime.of(2025, 1, 1, 0, 0);
		StringBuilder csv = new StringBuilder(rows * 220).append("externalId,reportedAt,acceptedAt,filedAt,"
				+ "dispatchedAt,handledAt,verifiedAt,closedAt,category,department,longitude,latitude,"
				+ (named ? "regionName," : "") + "address,satisfaction,dispatchCount,returnCount,reworkCount\n");
		for (int row = 0; row < rows; row++) {
			double longitude;
			double latitude;
			do {
				longitude = 113.75 + random.nextDouble() * 0.85;
				latitude = 22.45 + random.nextDouble() * 0.40;
			}
			while (regions.locate(longitude, latitude).isEmpty());
			LocalDateTime[] times = new LocalDateTime[7];
			times[0] = start.plusSeconds(row * (330L * 24 * 3600 / rows) + random.nextInt(3600));
			int reached = random.nextInt(100) < 85 ? 6 : random.nextInt(6);
			long[] steps = { 0, 600, 1800, 1800, 48 * 3600, 4 * 3600, 4 * 3600 };
			for (int i = 1; i <= reached; i++) {
				times[i] = times[i - 1].plus(Duration.ofSeconds(60 + (long) (random.nextDouble() * steps[i])));
			}
			boolean returned = random.nextInt(100) < 5;
			csv.append("H-").append(row);
			for (LocalDateTime time : times) {
				csv.append(',').append(time == null ? "" : format.format(time));
			}
			csv.append(',').append(category(categories.get(random.nextInt(categories.size())), row))
				.append(',').append(department(departments.get(random.nextInt(departments.size()))))
				.append(',').append(place(longitude, latitude, row))
				.append(",\"深圳市某路").append(row % 997).append("号, 东侧\"")
				.append(',').append(reached == 6 ? new String[] { "满意", "基本满意", "不满意", "" }[random.nextInt(4)] : "")
				.append(',').append(times[3] == null ? "" : returned ? "2" : "1")
				.append(',').append(times[3] != null && returned ? "1" : "0")
				.append(',').append(reached == 6 && random.nextInt(100) < 8 ? "1" : "0")
				.append('\n');
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	private String category(CategoryVersion version, int row) {
		return !named ? version.code().value() : row % 3 == 0 ? "OLD-" + version.code() : version.definition().name();
	}

	private String department(Department department) {
		return named ? department.name() : department.code().value();
	}

	/** Longitude, latitude (and region name): 18 of every 100 named rows have only a community name. */
	private String place(double longitude, double latitude, int row) {
		String point = String.format("%.6f", longitude) + "," + String.format("%.6f", latitude);
		if (!named) {
			return point;
		}
		if (row % 100 >= 18) {
			return point + ",";
		}
		int community = row % communities.size();
		return ",," + (row % 6 == 0 ? "老街坊" + community : communities.get(community).name());
	}

	private static <T> List<T> uniquelyNamed(List<T> things, Function<T, String> name) {
		Map<String, Long> counts = things.stream().collect(Collectors.groupingBy(name, Collectors.counting()));
		return things.stream().filter(thing -> counts.get(name.apply(thing)) == 1).toList();
	}
}
