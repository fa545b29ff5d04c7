package org.tongguan.sensing.mqtt;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;

/**
 * A real Mosquitto broker for a test: the {@code mosquitto} binary started on a free port of 127.0.0.1 (never 1883)
 * with a configuration in a scratch directory: persistence on, a password file, the device ACL of
 * docs/sensing-mqtt.md. Without the binary the test is skipped, unless {@code TONGGUAN_TEST_MOSQUITTO=required} (as in
 * CI), where it fails.
 */
final class Mosquitto implements AutoCloseable {

	/** The platform's user on the broker, which reads every device's telemetry. */
	static final String PLATFORM_USER = "tongguan-platform";

	static final String PLATFORM_PASSWORD = "platform-secret";

	private final Path directory;

	private final Map<String, String> users = new LinkedHashMap<>(Map.of(PLATFORM_USER, PLATFORM_PASSWORD));

	private int port;

	private Process process;

	private Mosquitto(Path directory) {
		this.directory = directory;
	}

	/** A broker to be started in the directory, or the test skipped (or failed, when required) without Mosquitto. */
	static Mosquitto in(Path directory) {
		Optional<Path> binary = binary("mosquitto");
		if (binary.isEmpty()) {
			String message = "The mosquitto binary is not installed (apt-get install mosquitto mosquitto-clients)";
			if ("required".equals(System.getenv("TONGGUAN_TEST_MOSQUITTO"))) {
				throw new IllegalStateException(message + " but TONGGUAN_TEST_MOSQUITTO=required");
			}
			Assumptions.abort(message);
		}
		return new Mosquitto(directory);
	}

	/** Adds a user (a device: its code and secret) to the password file. */
	Mosquitto user(String name, String password) {
		users.put(name, password);
		return this;
	}

	Mosquitto start() throws IOException, InterruptedException {
		if (port == 0) {
			try (ServerSocket free = new ServerSocket(0)) {
				port = free.getLocalPort();
			}
			writeConfiguration();
		}
		process = new ProcessBuilder(binary("mosquitto").orElseThrow().toString(), "-c",
				directory.resolve("mosquitto.conf").toString())
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(directory.resolve("mosquitto.log").toFile()))
			.start();
		awaitListening();
		return this;
	}

	int port() {
		return port;
	}

	String url() {
		return "tcp://127.0.0.1:" + port;
	}

	/** Stops the broker; it keeps its persisted sessions for a later {@link #start()}. */
	@Override
	public void close() throws InterruptedException {
		if (process != null) {
			process.destroy();
			if (!process.waitFor(10, TimeUnit.SECONDS)) {
				process.destroyForcibly().waitFor();
			}
			process = null;
		}
	}

	private void writeConfiguration() throws IOException, InterruptedException {
		Path passwords = directory.resolve("passwords");
		Files.writeString(passwords, "");
		for (Map.Entry<String, String> user : users.entrySet()) {
			run(binary("mosquitto_passwd").orElseThrow().toString(), "-b", passwords.toString(), user.getKey(),
					user.getValue());
		}
		Path acl = directory.resolve("acl");
		Files.writeString(acl, """
				user %s
				topic read devices/+/telemetry

				pattern write devices/%%u/telemetry
				""".formatted(PLATFORM_USER));
		Files.createDirectories(directory.resolve("data"));
		Files.writeString(directory.resolve("mosquitto.conf"), """
				user %s
				listener %d 127.0.0.1
				allow_anonymous false
				password_file %s
				acl_file %s
				persistence true
				persistence_location %s/
				max_inflight_messages 1000
				max_queued_messages 100000
				message_size_limit 17408
				""".formatted(System.getProperty("user.name"), port, passwords, acl, directory.resolve("data")));
	}

	private void awaitListening() throws IOException, InterruptedException {
		long deadline = System.currentTimeMillis() + 10_000;
		while (true) {
			try (Socket socket = new Socket()) {
				socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
				return;
			}
			catch (IOException e) {
				if (!process.isAlive() || System.currentTimeMillis() > deadline) {
					throw new IOException("Mosquitto did not start: " + Files.readString(directory.resolve("mosquitto.log")));
				}
				Thread.sleep(50);
			}
		}
	}

	private static void run(String... command) throws IOException, InterruptedException {
		Process tool = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(tool.getInputStream().readAllBytes());
		if (tool.waitFor() != 0) {
			throw new IOException(String.join(" ", command[0]) + " failed: " + output);
		}
	}

	private static Optional<Path> binary(String name) {
		String path = System.getenv().getOrDefault("PATH", "");
		return Stream.concat(Stream.of(path.split(":")), Stream.of("/usr/sbin", "/usr/bin", "/usr/local/sbin"))
			.filter(folder -> !folder.isEmpty())
			.map(folder -> Path.of(folder, name))
			.filter(Files::isExecutable)
			.findFirst();
	}
}
