package org.tongguan.bench.indicator;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;

/**
 * 城市体征 benchmark (issue 17) against a started demo platform: (a) batch ingest of 100,000-value batches through the
 * push API (a source's API key) and the CSV import, values per second per batch — new values, then the same values
 * corrected (revisions); (b) a topic page's data, 50 daily indicators × two years × the city and its districts,
 * p50/p95/p99 over many sequential requests after a warm-up. Each run has indicators of its own (L9&lt;run&gt;).
 *
 * <p>Arguments: the platform's URL, the runs (default 3), the timed topic reads (default 500).
 */
public final class IndicatorBench {

	private static final int INDICATORS = 50;

	private static final int DAYS = 730;

	private static final int BATCH = 100_000;

	private IndicatorBench() {
	}

	public static void main(String[] args) throws Exception {
		IndicatorApi api = new IndicatorApi(URI.create(args[0]));
		int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
		int reads = args.length > 2 ? Integer.parseInt(args[2]) : 500;
		awaitDemo(api);
		awaitQuietPlatform();
		List<String> regions = new ArrayList<>(List.of("440300"));
		api.get("/api/regions/440300/children").forEach(region -> regions.add(region.path("code").asString()));
		LocalDate last = LocalDate.now().minusDays(2);
		System.out.printf("regions: the city and %d districts; %d indicators × %d days × %d regions = %,d values "
				+ "per way in and run%n", regions.size() - 1, INDICATORS, DAYS, regions.size(),
				INDICATORS * DAYS * regions.size());
		Map<String, List<Double>> rates = new LinkedHashMap<>();
		for (int run = 1; run <= runs; run++) {
			String root = "L9" + run;
			String key = setUp(api, root, run);
			List<String[]> values = values(root + "P1", regions, last, 0);
			time(rates, "push new", run, values, batch -> api.push(key, json(batch)));
			List<String[]> corrections = values(root + "P1", regions, last, 1).subList(0, BATCH);
			time(rates, "push corrections", run, corrections, batch -> api.push(key, json(batch)));
			time(rates, "push unchanged", run, corrections, batch -> api.push(key, json(batch)));
			time(rates, "CSV import new", run, values(root + "P2", regions, last, 0),
					batch -> api.send("POST", "/api/admin/indicator-values/import", "text/csv", csv(batch), 200));
		}
		System.out.println();
		System.out.printf("%-30s %8s %12s %12s %12s%n", "ingest", "batches", "median v/s", "min v/s", "max v/s");
		rates.forEach((way, list) -> {
			double[] sorted = list.stream().mapToDouble(Double::doubleValue).sorted().toArray();
			System.out.printf("%-30s %8d %,12.0f %,12.0f %,12.0f%n", way, sorted.length, percentile(sorted, 50),
					sorted[0], sorted[sorted.length - 1]);
		});
		readTopic(api, regions, last, reads);
	}

	/** Waits until the demo indicators and topics are loaded (the platform loads them in the background). */
	private static void awaitDemo(IndicatorApi api) throws IOException, InterruptedException {
		long start = System.nanoTime();
		while (api.get("/api/indicators/topics").size() < 5) {
			if (System.nanoTime() - start > 600_000_000_000L) {
				throw new IOException("the demo topics did not appear within 10 minutes");
			}
			Thread.sleep(1000);
		}
		System.out.printf("demo indicators and topics loaded after %.0f s of waiting%n",
				(System.nanoTime() - start) / 1e9);
	}

	/**
	 * Waits (at most 3 minutes) until the platform has used less than a fifth of a core over 5 s: the demo's start-up
	 * (the demo values' import, the devices' first events and alarms) runs on for about a minute after the demo
	 * topics appear, and the first run's pushes, timed first, were measured against it and charged its CPU while the
	 * CSV imports after them were not.
	 */
	private static void awaitQuietPlatform() throws IOException, InterruptedException {
		if (System.getenv("INDICATORS_PLATFORM_PID") == null) {
			return;
		}
		long start = System.nanoTime();
		double busy;
		do {
			double cpu = platformCpuSeconds();
			Thread.sleep(5000);
			busy = (platformCpuSeconds() - cpu) / 5;
		}
		while (busy >= 0.2 && System.nanoTime() - start < 180_000_000_000L);
		System.out.printf("platform quiet (%.2f cores over 5 s) after %.0f s of waiting%n", busy,
				(System.nanoTime() - start) / 1e9);
	}

	/** Registers the run's indicators (two themes of 50 daily district indicators) and its source's API key. */
	private static String setUp(IndicatorApi api, String root, int run) throws IOException, InterruptedException {
		String system = "bench-source-" + run;
		List<String> codes = new ArrayList<>(List.of(root, root + "P1", root + "P2"));
		for (int theme = 1; theme <= 2; theme++) {
			for (int item = 1; item <= INDICATORS; item++) {
				codes.add(root + "P" + theme + "-A" + item);
			}
		}
		List<Map<String, Object>> plans = codes.stream().map(code -> plan(code, system)).toList();
		api.send("POST", "/api/admin/indicators/import", "application/json",
				IndicatorApi.JSON.writeValueAsString(Map.of("indicators", plans)), 200);
		return api.send("POST", "/api/admin/api-keys", "application/json", IndicatorApi.JSON.writeValueAsString(
				Map.of("name", system, "purposes", List.of("INDICATOR_SOURCE"), "roles", List.of("EXTERNAL_SYSTEM"),
						"scope", "440300", "department", "440300-TONGJI")), 201).path("key").asString();
	}

	private static Map<String, Object> plan(String code, String system) {
		Map<String, Object> plan = new LinkedHashMap<>();
		plan.putAll(Map.of("code", code, "name", "基准指标" + code, "definition", "基准测试用指标",
				"caliber", "全市及各区", "method", "基准", "unit", "件", "direction", "HIGHER_BETTER",
				"indicatorClass", "CITY", "domain", "URBAN_MANAGEMENT", "level", "DISTRICT"));
		plan.putAll(Map.of("frequency", "DAILY", "expectedDelay", "P1D", "sourceDepartment", "440300-TONGJI",
				"sourceSystem", system, "responsibleDepartment", "440300-TONGJI", "grade", "PUBLIC", "min", 0,
				"max", 1_000_000));
		return plan;
	}

	/** Every value of the theme's items: indicator, region, day, value (shifted by {@code revision}). */
	private static List<String[]> values(String theme, List<String> regions, LocalDate last, int revision) {
		List<String[]> values = new ArrayList<>();
		for (int item = 1; item <= INDICATORS; item++) {
			for (int region = 0; region < regions.size(); region++) {
				for (int day = 0; day < DAYS; day++) {
					values.add(new String[] { theme + "-A" + item, regions.get(region),
							last.minusDays(DAYS - 1 - day).toString(),
							Integer.toString(1000 + item * 7 + region * 13 + day % 97 + revision) });
				}
			}
		}
		return values;
	}

	private static String json(List<String[]> batch) {
		StringBuilder json = new StringBuilder(batch.size() * 80).append("{\"values\": [");
		for (int i = 0; i < batch.size(); i++) {
			String[] value = batch.get(i);
			json.append(i == 0 ? "" : ",\n").append("{\"indicator\": \"").append(value[0])
				.append("\", \"region\": \"").append(value[1]).append("\", \"period\": \"").append(value[2])
				.append("\", \"value\": ").append(value[3]).append('}');
		}
		return json.append("]}").toString();
	}

	private static String csv(List<String[]> batch) {
		StringBuilder csv = new StringBuilder(batch.size() * 40).append("indicator,region,period,value\n");
		batch.forEach(value -> csv.append(String.join(",", value)).append('\n'));
		return csv.toString();
	}

	/**
	 * Sends the values in batches of 100,000, recording each batch's values per second (request made to answer) and
	 * per second of the platform's CPU (user and system, from /proc, when INDICATORS_PLATFORM_PID names it): on a
	 * shared machine the second says what the platform itself needs.
	 */
	private static void time(Map<String, List<Double>> rates, String way, int run, List<String[]> values,
			Sender send) throws IOException, InterruptedException {
		for (int first = 0; first < values.size(); first += BATCH) {
			List<String[]> batch = values.subList(first, Math.min(values.size(), first + BATCH));
			double cpu = platformCpuSeconds();
			long start = System.nanoTime();
			JsonNode answer = send.send(batch);
			double seconds = (System.nanoTime() - start) / 1e9;
			double cpuSeconds = platformCpuSeconds() - cpu;
			rates.computeIfAbsent(way, w -> new ArrayList<>()).add(batch.size() / seconds);
			if (cpuSeconds > 0) {
				rates.computeIfAbsent(way + " per CPU s", w -> new ArrayList<>()).add(batch.size() / cpuSeconds);
			}
			System.out.printf("run %d %-18s %,7d values in %6.2f s (platform CPU %5.2f s): %,8.0f values/s, %,8.0f "
					+ "per CPU s (%s)%n", run, way, batch.size(), seconds, cpuSeconds, batch.size() / seconds,
					batch.size() / cpuSeconds, answer.toString());
		}
	}

	/** The platform's CPU seconds so far (user and system), 0 when its process is not known. */
	private static double platformCpuSeconds() throws IOException {
		String pid = System.getenv("INDICATORS_PLATFORM_PID");
		return pid == null ? 0 : cpuSeconds(Files.readString(Path.of("/proc", pid, "stat")));
	}

	/**
	 * The CPU seconds so far of the platform's request threads (Tomcat's http-nio-…), without its background work
	 * (the demo's telemetry, H2's compaction, garbage collection); 0 when its process is not known.
	 */
	private static double requestThreadsCpuSeconds() throws IOException {
		String pid = System.getenv("INDICATORS_PLATFORM_PID");
		if (pid == null) {
			return 0;
		}
		double seconds = 0;
		try (Stream<Path> threads = Files.list(Path.of("/proc", pid, "task"))) {
			for (Path thread : threads.toList()) {
				String stat = Files.readString(thread.resolve("stat"));
				seconds += stat.substring(stat.indexOf('(') + 1).startsWith("http-nio") ? cpuSeconds(stat) : 0;
			}
		}
		return seconds;
	}

	/** The user and system CPU seconds of a /proc stat line. */
	private static double cpuSeconds(String stat) {
		String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
		return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
	}

	/** Times the topic page's data read of the first run's 50 pushed indicators for the city over two years. */
	private static void readTopic(IndicatorApi api, List<String> regions, LocalDate last, int reads)
			throws IOException, InterruptedException {
		List<Map<String, String>> items = new ArrayList<>();
		for (int item = 1; item <= INDICATORS; item++) {
			items.add(Map.of("code", "L91P1-A" + item, "display", "LINE"));
		}
		api.send("POST", "/api/admin/indicators/topics", "application/json", IndicatorApi.JSON.writeValueAsString(
				Map.of("key", "bench", "name", "基准专题", "indicators", items)), 201);
		String path = "/api/indicators/topics/bench/data?region=440300&from=" + last.minusDays(DAYS - 1) + "&to="
				+ last;
		JsonNode answer = api.get(path);
		int points = 0;
		int map = 0;
		for (JsonNode series : answer.path("series")) {
			for (JsonNode value : series.path("trend").path("values")) {
				points += value.isNull() ? 0 : 1;
			}
			map += series.path("regions").size();
		}
		int bytes = api.bytes(path).length;
		for (int i = 0; i < Math.max(50, reads / 10); i++) {
			api.bytes(path);
		}
		double[] millis = new double[reads];
		double cpu = platformCpuSeconds();
		double requestCpu = requestThreadsCpuSeconds();
		for (int i = 0; i < reads; i++) {
			long start = System.nanoTime();
			api.bytes(path);
			millis[i] = (System.nanoTime() - start) / 1e6;
		}
		double cpuMillis = (platformCpuSeconds() - cpu) * 1000 / reads;
		double requestMillis = (requestThreadsCpuSeconds() - requestCpu) * 1000 / reads;
		Arrays.sort(millis);
		System.out.printf("%ntopic page data: %d indicators, %,d points of the city, %d district latest values, "
				+ "%,d bytes; %d reads after %d warm-up: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms; "
				+ "CPU per read: %.1f ms on the request threads, %.1f ms of the whole platform%n",
				answer.path("series").size(), points, map, bytes, reads, Math.max(50, reads / 10),
				percentile(millis, 50), percentile(millis, 95), percentile(millis, 99), millis[reads - 1],
				requestMillis, cpuMillis);
	}

	private static double percentile(double[] sorted, double p) {
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100 * sorted.length) - 1)];
	}

	/** Sends one batch. */
	@FunctionalInterface
	private interface Sender {

		JsonNode send(List<String[]> batch) throws IOException, InterruptedException;
	}
}
