package org.tongguan.bench.load;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.tongguan.bench.BenchOptions;

/**
 * The case-handling load tool: drives a running platform with the demo city over its REST API and prints a results
 * table (count, duration, rate, p50/p90/p99/max latency in ms, errors) and one {@code RESULT} line per scenario.
 * Scenarios: {@code intake} (sustained intake, closed loop), {@code latency} (intake at a fixed arrival rate, open
 * loop) and {@code dispatch} (pre-reported cases accepted and filed, which dispatches them). Usually started by
 * {@code ./bench load [h2|postgres]} (scripts/load-bench.sh), which also starts the platform on a fresh database.
 *
 * <pre>
 * java -cp … org.tongguan.bench.load.LoadBench --url=http://localhost:18090 --scenarios=intake,latency,dispatch \
 *     --clients=16 --warmup=15 --duration=60 --rate=100 --dispatch-cases=15000 --dispatch-clients=16
 * </pre>
 */
public final class LoadBench {

	private static final Map<String, String> DEFAULTS = Map.of("url", "http://localhost:18090", "scenarios",
			"intake,latency,dispatch", "clients", "16", "warmup", "15", "duration", "60", "rate", "100",
			"dispatch-cases", "15000", "dispatch-clients", "16", "user", "operator", "password", "tongguan-demo");

	private LoadBench() {
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = BenchOptions.parse(args, DEFAULTS);
		Duration warmup = Duration.ofSeconds(Long.parseLong(options.get("warmup")));
		Duration measure = Duration.ofSeconds(Long.parseLong(options.get("duration")));
		PlatformClient client = PlatformClient.signIn(URI.create(options.get("url")), options.get("user"),
				options.get("password"));
		DemoCity city = DemoCity.read(client);
		System.out.printf("load: %s as %s, %d grids, %d normal categories%n", options.get("url"), options.get("user"),
				city.gridCount(), city.categoryCount());
		CaseLoads loads = new CaseLoads(client, city);
		List<Result> results = new ArrayList<>();
		for (String scenario : options.get("scenarios").split(",")) {
			switch (scenario.trim()) {
				case "intake" -> results.add(loads.intake(Integer.parseInt(options.get("clients")), warmup, measure));
				case "latency" -> results.add(FixedRateIntake.run(client, city,
						Double.parseDouble(options.get("rate")), warmup, measure));
				case "dispatch" -> results.addAll(Arrays.asList(loads.dispatch(
						Integer.parseInt(options.get("dispatch-cases")),
						Integer.parseInt(options.get("dispatch-clients")), warmup, measure)));
				default -> throw new IllegalArgumentException("Unknown scenario " + scenario
						+ "; scenarios are intake, latency and dispatch");
			}
			System.out.println(results.get(results.size() - 1).row());
		}
		System.out.println();
		System.out.println(Result.HEADER);
		results.forEach(result -> System.out.println(result.row()));
		results.stream()
			.filter(result -> !result.errorKinds().isEmpty())
			.forEach(result -> System.out.println("errors in " + result.scenario() + ": " + result.errorKinds()));
		results.forEach(result -> System.out.println(result.tsv()));
	}
}
