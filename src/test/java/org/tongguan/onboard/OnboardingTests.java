package org.tongguan.onboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The "done means" of issue 13 in the test suite: an empty platform (demo off, no user) on a random port is brought to
 * a working one by {@code scripts/onboard-example.sh} — bash and curl against the API only — with a smaller foreign
 * test city (2,000 history rows, 5,000 readings), and the statistics of every grouping and the alarms it prints equal,
 * to the case, the values computed independently from the generated files. Tagged {@code database}: the PostgreSQL
 * pass repeats it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "tongguan.demo=false", "tongguan.identity.setup-token=" + OnboardingTests.SETUP_TOKEN })
@Tag("database")
class OnboardingTests {

	static final String SETUP_TOKEN = "onboarding-test-setup-token-0123456789";

	private static final int HISTORY_ROWS = 2_000;

	private static final int READINGS = 5_000;

	@LocalServerPort
	int port;

	@Test
	void theOnboardingScriptTakesAnEmptyPlatformToStatisticsAndAlarmsThatEqualTheIndependentComputation(
			@TempDir Path dir) throws Exception {
		Path data = dir.resolve("city");
		Path out = dir.resolve("out");
		TestCityGenerator.generate(data, 13, HISTORY_ROWS, READINGS);
		Files.createDirectories(out);

		String log = runScript(data, out);

		assertThat(OnboardingCheck.differences(data, out)).as("differences; the script said:%n%s", log).isEmpty();
		assertThat(log).contains("alarms").doesNotContain("FAILED");
	}

	private String runScript(Path data, Path out) throws IOException, InterruptedException {
		Path log = out.resolve("script.log");
		ProcessBuilder script = new ProcessBuilder("bash", Path.of("scripts/onboard-example.sh").toAbsolutePath()
			.toString(), data.toString(), out.toString()).redirectErrorStream(true).redirectOutput(log.toFile());
		script.environment().put("TONGGUAN_URL", "http://localhost:" + port);
		script.environment().put("TONGGUAN_SETUP_TOKEN", SETUP_TOKEN);
		script.environment().put("ADMIN_PASSWORD", "harbour-city-admin-password");
		Process process = script.start();
		boolean finished = process.waitFor(15, TimeUnit.MINUTES);
		if (!finished) {
			process.destroyForcibly();
		}
		String said = Files.readString(log, StandardCharsets.UTF_8);
		assertThat(finished).as("the script finished within 15 minutes; it said:%n%s", said).isTrue();
		assertThat(process.exitValue()).as("the script's exit status; it said:%n%s", said).isZero();
		return said;
	}
}
