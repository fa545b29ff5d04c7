package org.tongguan.bench.crash;

import java.io.File;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The platform as a child JVM, started on a {@link PlatformSite}, killed with SIGKILL
 * ({@link Process#destroyForcibly()}) or stopped. Its classpath is this JVM's (the test or bench tool classpath)
 * without the test classes, whose configuration (the tests' application.yml, their databases and clocks) must not
 * reach the platform, plus {@link LaterClock} alone.
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
		command.addAll(List.of("-cp", classpath(site.dataDir()), MAIN_CLASS));
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

	/** This JVM's classpath without the test classes, plus a directory holding only {@link LaterClock}. */
	private static String classpath(Path dataDir) throws IOException {
		Path testClasses;
		try {
			testClasses = Path.of(LaterClock.class.getProtectionDomain().getCodeSource().getLocation().toURI());
		}
		catch (URISyntaxException e) {
			throw new IOException(e);
		}
		String laterClock = LaterClock.class.getName().replace('.', '/') + ".class";
		Path alone = dataDir.resolve("later-clock");
		Files.createDirectories(alone.resolve(laterClock).getParent());
		Files.copy(testClasses.resolve(laterClock), alone.resolve(laterClock), StandardCopyOption.REPLACE_EXISTING);
		List<String> entries = new ArrayList<>();
		for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
			if (!Path.of(entry).toAbsolutePath().equals(testClasses.toAbsolutePath())) {
				entries.add(entry);
			}
		}
		entries.add(alone.toString());
		return String.join(File.pathSeparator, entries);
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
				throw new IOException("The platform died on start; the end of " + log + ":\n" + tail());
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
		throw new IOException("The platform was not ready within " + timeout + "; the end of " + log + ":\n" + tail());
	}

	private String tail() throws IOException {
		List<String> lines = Files.readAllLines(log);
		return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
	}
}
