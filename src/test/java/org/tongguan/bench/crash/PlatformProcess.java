package org.tongguan.bench.crash;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The platform as a child JVM on this JVM's classpath (the test or bench tool classpath), started on a
 * {@link PlatformSite}, killed with SIGKILL ({@link Process#destroyForcibly()}) or stopped.
 */
public final class PlatformProcess {

	private static final String MAIN_CLASS = "org.tongguan.TongguanApplication";

	private final Process process;

	private final URI base;

	private final Path log;

	private PlatformProcess(Process process, URI base, Path log) {
		this.process = process;
		this.base = base;
		this.log = log;
	}

	/** Starts the platform on the site, its clock {@code clockAhead} ahead of the real one, and waits until ready. */
	public static PlatformProcess start(PlatformSite site, Duration clockAhead, Duration timeout)
			throws IOException, InterruptedException {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(site.jvmOptions());
		command.addAll(List.of("-cp", System.getProperty("java.class.path"), MAIN_CLASS));
		command.addAll(site.arguments(clockAhead));
		Path log = site.dataDir().resolve("platform-" + System.currentTimeMillis() + ".log");
		Files.createDirectories(site.dataDir());
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		PlatformProcess platform = new PlatformProcess(process, URI.create("http://localhost:" + site.port()), log);
		platform.awaitReady(timeout);
		return platform;
	}

	/** The platform's base URL. */
	public URI base() {
		return base;
	}

	/** Kills the JVM at once (SIGKILL on Linux): no shutdown hook, no flush, like a power cut to the process. */
	public void kill() throws InterruptedException {
		process.destroyForcibly();
		process.waitFor();
	}

	/** Stops the platform gracefully (SIGTERM), killing it when it takes longer than a minute. */
	public void stop() throws InterruptedException {
		process.destroy();
		if (!process.waitFor(60, TimeUnit.SECONDS)) {
			kill();
		}
	}

	private void awaitReady(Duration timeout) throws IOException, InterruptedException {
		HttpClient http = HttpClient.newHttpClient();
		Instant end = Instant.now().plus(timeout);
		while (Instant.now().isBefore(end)) {
			if (!process.isAlive()) {
				throw new IOException("The platform died on start, see " + log);
			}
			try {
				HttpResponse<String> health = http.send(HttpRequest.newBuilder(base.resolve("/actuator/health"))
					.timeout(Duration.ofSeconds(5))
					.build(), HttpResponse.BodyHandlers.ofString());
				if (health.statusCode() == 200 && health.body().contains("\"UP\"")) {
					return;
				}
			}
			catch (ConnectException | HttpTimeoutException notYet) {
				// still starting
			}
			Thread.sleep(250);
		}
		kill();
		throw new IOException("The platform was not ready within " + timeout + ", see " + log);
	}
}
