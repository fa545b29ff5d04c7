package org.tongguan.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tongguan.bench.crash.CrashOutcome;
import org.tongguan.bench.crash.CrashRound;
import org.tongguan.bench.crash.PlatformSite;
import org.tongguan.bench.load.FreshDatabase;

/**
 * A 201 means the case is stored: the platform, a child JVM on the embedded H2 file database of application.yml (or
 * a fresh PostgreSQL database in the PostgreSQL run), is killed with SIGKILL during concurrent intake and restarted;
 * no acknowledged case is missing, no report makes a second case when sent again, and a case dispatched before the
 * crash still gets its deadline warning and can be closed. A short round of {@code ./bench crash}.
 */
@Tag("database")
class CaseCrashTests {

	@TempDir
	Path data;

	@Test
	void acknowledgedCasesSurviveAKillAndACaseDispatchedBeforeItGoesOn() throws Exception {
		String server = System.getenv("TONGGUAN_TEST_POSTGRES_URL");
		boolean postgres = server != null && !server.isBlank();
		String database = "tongguan_crash_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		String url = postgres ? FreshDatabase.create(server, database) : null;
		try {
			PlatformSite site = new PlatformSite(data, url, PlatformSite.freePort(),
					List.of("-Xmx384m", "-XX:+UseParallelGC", "-XX:TieredStopAtLevel=1"));
			CrashOutcome outcome = new CrashRound(site, 16, Duration.ofSeconds(8)).run();

			assertThat(outcome.acknowledged()).as(outcome.summary()).isGreaterThan(50);
			assertThat(outcome.missing()).as(outcome.summary()).isZero();
			assertThat(outcome.duplicates()).as(outcome.summary()).isZero();
			assertThat(outcome.failedResends()).as(outcome.summary()).isZero();
			assertThat(outcome.timerFired()).as(outcome.summary()).isTrue();
			assertThat(outcome.probeClosed()).as(outcome.summary()).isTrue();
		}
		finally {
			if (postgres) {
				FreshDatabase.drop(server, database);
			}
		}
	}
}
