package org.tongguan.bench.crash;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.tongguan.bench.BenchOptions;
import org.tongguan.bench.load.FreshDatabase;

/**
 * The crash benchmark: runs {@link CrashRound}s, each on a fresh site (an empty H2 data directory, or a new PostgreSQL
 * database on the server {@code --postgres-url} names, dropped afterwards), prints one line per round and a total,
 * and exits with 1 when any round lost or doubled a case. Usually started by {@code ./bench crash [h2|postgres]}
 * (scripts/crash-bench.sh), on the bench tool classpath, which the platform JVMs it starts use too.
 *
 * <pre>
 * java -cp … org.tongguan.bench.crash.CrashBench --database=h2|postgres --rounds=3 --clients=16 --intake=20 \
 *     --postgres-url='jdbc:postgresql://localhost:5432/postgres?user=…&amp;password=…' --jvm-options='-Xmx384m'
 * </pre>
 */
public final class CrashBench {

	private static final Map<String, String> DEFAULTS = Map.of("database", "h2", "rounds", "3", "clients", "16",
			"intake", "20", "postgres-url", "", "jvm-options", "");

	private CrashBench() {
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = BenchOptions.parse(args, DEFAULTS);
		boolean postgres = options.get("database").equals("postgres");
		int rounds = Integer.parseInt(options.get("rounds"));
		int clients = Integer.parseInt(options.get("clients"));
		Duration intake = Duration.ofSeconds(Long.parseLong(options.get("intake")));
		List<String> jvmOptions = Arrays.stream(options.get("jvm-options").split(" "))
			.filter(option -> !option.isBlank())
			.toList();
		long sent = 0;
		long acknowledged = 0;
		long missing = 0;
		long duplicates = 0;
		int durable = 0;
		for (int round = 1; round <= rounds; round++) {
			String database = postgres ? "tongguan_crash_" + System.currentTimeMillis() + "_" + round : null;
			Path dir = Files.createTempDirectory("tongguan-crash-");
			try {
				String url = postgres ? FreshDatabase.create(options.get("postgres-url"), database) : null;
				CrashOutcome outcome = new CrashRound(new PlatformSite(dir, url, PlatformSite.freePort(), jvmOptions), clients,
						intake).run();
				System.out.println("round " + round + ": " + outcome.summary());
				sent += outcome.sent();
				acknowledged += outcome.acknowledged();
				missing += outcome.missing();
				duplicates += outcome.duplicates();
				durable += outcome.durable() ? 1 : 0;
			}
			finally {
				if (postgres) {
					FreshDatabase.drop(options.get("postgres-url"), database);
				}
			}
			System.out.println("  platform logs: " + dir);
		}
		System.out.printf("total (%s, %d rounds): sent %d, acknowledged %d, missing %d, duplicates %d, "
				+ "rounds without loss %d/%d%n", options.get("database"), rounds, sent, acknowledged, missing,
				duplicates, durable, rounds);
		System.exit(durable == rounds ? 0 : 1);
	}
}
