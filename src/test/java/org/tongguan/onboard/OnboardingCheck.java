package org.tongguan.onboard;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Compares what {@code scripts/onboard-example.sh} got from the platform (the statistics of every grouping and the
 * alarm pages in its output directory) with {@link ExpectedStatistics} and {@link ExpectedAlarms}, computed from the
 * generated files: every group, every indicator, every alarm, exactly. Run it on its own with
 * {@code java -cp … org.tongguan.onboard.OnboardingCheck <data-dir> <out-dir>} (exit status 1 on any difference).
 */
public final class OnboardingCheck {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final List<String> differences = new ArrayList<>();

	private OnboardingCheck() {
	}

	/** Every difference between the platform's answers in {@code out} and the values expected from {@code data}. */
	public static List<String> differences(Path data, Path out) throws IOException {
		OnboardingCheck check = new OnboardingCheck();
		ExpectedStatistics expected = ExpectedStatistics.of(data,
				Instant.parse(TestCityGenerator.STATISTICS_FROM), Instant.parse(TestCityGenerator.STATISTICS_TO));
		for (String grouping : ExpectedStatistics.GROUPINGS) {
			check.statistics(grouping, expected, JSON.readTree(out.resolve("statistics-" + grouping + ".json")
				.toFile()));
		}
		check.alarms(ExpectedAlarms.of(data), actualAlarms(out));
		return check.differences;
	}

	private void statistics(String grouping, ExpectedStatistics expected, JsonNode report) {
		compare(grouping + " total", expected.total().indicators(), report.get("total"));
		Map<String, JsonNode> actual = new HashMap<>();
		for (JsonNode group : report.get("groups")) {
			actual.put(groupName(grouping, group), group);
		}
		Map<String, GroupTally> groups = expected.groups(grouping);
		if (grouping.equals("province")) {
			if (actual.size() != 1) {
				differences.add("province: expected one group (the city's own), got " + actual.keySet());
			}
			actual.values().forEach(group -> compare("province", expected.total().indicators(), group));
			return;
		}
		if (!actual.keySet().equals(groups.keySet())) {
			differences.add(grouping + ": expected the groups " + groups.keySet() + ", got " + actual.keySet());
		}
		groups.forEach((name, tally) -> {
			if (actual.containsKey(name)) {
				compare(grouping + " '" + name + "'", tally.indicators(), actual.get(name));
			}
		});
	}

	/** A group's name, or {@code null} for the group of cases without one; the channel's key (its name is a label). */
	private static String groupName(String grouping, JsonNode group) {
		JsonNode key = group.get("key");
		if (key == null || key.isNull()) {
			return null;
		}
		return grouping.equals("channel") ? key.asString() : group.get("name").asString();
	}

	private void compare(String group, Map<String, Object> expected, JsonNode actual) {
		expected.forEach((field, value) -> {
			JsonNode node = field.startsWith("handlingTime.") ? actual.path("handlingTime")
				.path(field.substring("handlingTime.".length())) : actual.path(field);
			Object got = node.isMissingNode() || node.isNull() ? null
					: value instanceof Long ? (Object) node.asLong() : value instanceof Double ? node.asDouble()
							: node.asString();
			if (!Objects.equals(value, got)) {
				differences.add(group + ": " + field + " expected " + value + ", got " + got);
			}
		});
	}

	private void alarms(List<ExpectedAlarms.Alarm> expected, List<ExpectedAlarms.Alarm> actual) {
		if (expected.size() != actual.size()) {
			differences.add("alarms: expected " + expected.size() + ", got " + actual.size());
		}
		for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
			if (!expected.get(i).equals(actual.get(i))) {
				differences.add("alarm " + i + ": expected " + expected.get(i) + ", got " + actual.get(i));
			}
		}
	}

	/** The alarms of every page the script saved, ordered by station and time raised. */
	private static List<ExpectedAlarms.Alarm> actualAlarms(Path out) throws IOException {
		List<ExpectedAlarms.Alarm> alarms = new ArrayList<>();
		for (int page = 0; Files.exists(out.resolve("alarms-" + page + ".json")); page++) {
			for (JsonNode alarm : JSON.readTree(out.resolve("alarms-" + page + ".json").toFile()).get("items")) {
				JsonNode cleared = alarm.get("clearedAt");
				boolean clearedByRule = cleared != null && !cleared.isNull();
				alarms.add(new ExpectedAlarms.Alarm(alarm.get("deviceCode").asString(),
						instant(alarm.get("raisedAt").asString()), alarm.get("raisedValue").asDouble(),
						clearedByRule ? instant(cleared.asString()) : null,
						clearedByRule ? alarm.get("clearedValue").asDouble() : null));
			}
		}
		alarms.sort(Comparator.comparing(ExpectedAlarms.Alarm::device).thenComparing(ExpectedAlarms.Alarm::raisedAt));
		return alarms;
	}

	private static Instant instant(String text) {
		return OffsetDateTime.parse(text).toInstant();
	}

	public static void main(String[] args) throws IOException {
		List<String> found = differences(Path.of(args[0]), Path.of(args[1]));
		found.forEach(System.out::println);
		System.out.println(found.isEmpty() ? "The platform's statistics and alarms equal the independent computation."
				: found.size() + " differences");
		System.exit(found.isEmpty() ? 0 : 1);
	}
}
