package org.tongguan.onboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated test city is what the onboarding demonstration promises: the same files for the same seed, no
 * region, category or department code anywhere, names unique per level, every point inside a grid, about 18 % of the
 * history placed by region name only, some cases still open, and an archive that implies alarms.
 */
class TestCityGeneratorTests {

	@Test
	void theSameSeedAndSizesGiveTheSameFiles(@TempDir Path dir) throws Exception {
		TestCityGenerator.generate(dir.resolve("a"), 7, 500, 2_000);
		TestCityGenerator.generate(dir.resolve("b"), 7, 500, 2_000);
		try (Stream<Path> files = Files.list(dir.resolve("a"))) {
			for (Path file : files.toList()) {
				assertThat(Files.mismatch(file, dir.resolve("b").resolve(file.getFileName()))).as(file.toString())
					.isEqualTo(-1);
			}
		}
	}

	@Test
	void theFilesNameRegionsCategoriesAndDepartmentsWithoutCodes(@TempDir Path dir) throws Exception {
		TestCityGenerator.generate(dir, 13, 1_000, 2_000);
		for (String level : TestCity.LEVELS) {
			String geojson = Files.readString(dir.resolve("regions-" + level.toLowerCase() + ".geojson"));
			assertThat(geojson).doesNotContain("\"code\"").doesNotContainPattern("\"\\d{6,15}\"");
		}
		assertThat(Files.readAllLines(dir.resolve("departments.csv")).get(0)).isEqualTo("name,function,level,region");
		List<String> catalogue = Files.readAllLines(dir.resolve("catalogue.csv"));
		assertThat(catalogue.subList(1, catalogue.size()))
			.allSatisfy(row -> assertThat(row.split(",", -1)[1] + row.split(",", -1)[3]).isEmpty());
		Set<String> categories = TestOrganisation.CATEGORIES.stream()
			.map(TestOrganisation.Category::name)
			.collect(Collectors.toSet());
		List<String> history = Files.readAllLines(dir.resolve("history.csv"), StandardCharsets.UTF_8);
		assertThat(history.subList(1, history.size()))
			.allSatisfy(row -> assertThat(categories).contains(row.split(",", -1)[10]));
	}

	@Test
	void everyCaseLiesInOneGridOrNamesARegionAndSomeAreStillOpen(@TempDir Path dir) throws Exception {
		TestCityGenerator.generate(dir, 13, 5_000, 2_000);
		CityMap map = new CityMap(dir);
		List<String[]> rows = Files.readAllLines(dir.resolve("history.csv"))
			.stream()
			.skip(1)
			.map(line -> line.split(",", -1))
			.toList();
		long unplaced = rows.stream().filter(row -> row[12].isEmpty()).count();
		assertThat(unplaced).isBetween(800L, 1_000L);
		rows.forEach(row -> assertThat(row[12].isEmpty() ? map.named(row[14]) : map.at(
				Double.parseDouble(row[12]), Double.parseDouble(row[13]))).isNotNull());
		assertThat(rows.stream().filter(row -> row[7].isEmpty() && row[16].isEmpty()).count()).isBetween(100L, 300L);
		assertThat(rows.stream().map(row -> Instant.parse(row[1])))
			.allMatch(reported -> reported.isBefore(HistoryArchive.LAST_REPORT));
	}

	@Test
	void theArchiveRaisesAndClearsAlarmsAndEndsWithOneActiveInEveryTimeForm(@TempDir Path dir) throws Exception {
		TestCityGenerator.generate(dir, 13, 100, 5_000);
		List<ExpectedAlarms.Alarm> alarms = ExpectedAlarms.of(dir);
		assertThat(alarms).hasSizeGreaterThan(3)
			.anyMatch(alarm -> alarm.clearedAt() != null)
			.anyMatch(alarm -> alarm.clearedAt() == null && alarm.device().equals("AQ-05"));
		assertThat(Files.readString(dir.resolve("readings.csv"))).contains("AQ-03,2025-09-01T12:00:00+12:00,")
			.contains("AQ-05,1756684800000,");
		assertThat(Files.readAllLines(dir.resolve("readings.csv"))).hasSize(5_001);
	}
}
