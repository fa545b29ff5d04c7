package org.tongguan.bench.crash;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a platform of a crash round runs: its data directory, its database (the embedded H2 file under the data
 * directory as application.yml names it, or a PostgreSQL database) and its HTTP port; every start of the round uses
 * the same site.
 *
 * @param dataDir the data directory (H2 files, attachments, the platform's log)
 * @param postgresUrl the PostgreSQL JDBC URL with {@code user} and {@code password} parameters, {@code null} for H2
 * @param port the HTTP port
 * @param jvmOptions the platform JVM's options (e.g. {@code -Xmx1g})
 */
public record PlatformSite(Path dataDir, String postgresUrl, int port, List<String> jvmOptions) {

	/** A port no one listens on now. */
	public static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	/**
	 * The platform's arguments: this site, no MQTT port, no demo devices and no demo indicators (their warnings open
	 * cases, and the round counts every case as its own or a duplicate).
	 */
	List<String> arguments(Duration clockAhead) {
		List<String> arguments = new ArrayList<>(List.of("--server.port=" + port,
				"--tongguan.data-dir=" + dataDir.toAbsolutePath(), "--tongguan.sensing.mqtt.port=0",
				"--tongguan.sensing.simulator.enabled=false", "--tongguan.indicator.demo.enabled=false"));
		if (postgresUrl != null) {
			arguments.add("--spring.datasource.url=" + postgresUrl);
			arguments.add("--spring.datasource.username=" + parameter("user"));
			arguments.add("--spring.datasource.password=" + parameter("password"));
		}
		if (!clockAhead.isZero()) {
			arguments.add("--tongguan.bench.clock-ahead=" + clockAhead);
		}
		return arguments;
	}

	private String parameter(String name) {
		Matcher value = Pattern.compile("[?&]" + name + "=([^&]*)").matcher(postgresUrl);
		return value.find() ? value.group(1) : "";
	}
}
