package org.tongguan.bench.scale;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The demo administrator's view of the platform's API, with a chosen timeout per request. */
final class ScaleApi {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(10)).build();

	private final URI base;

	private final String token;

	ScaleApi(URI base, String username, String password) throws IOException, InterruptedException {
		this.base = base;
		HttpResponse<String> answer = http.send(HttpRequest.newBuilder(base.resolve("/api/auth/tokens"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(new Credentials(username, password))))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (answer.statusCode() != 201) {
			throw new IOException("Cannot sign in as " + username + ": HTTP " + answer.statusCode());
		}
		this.token = JSON.readTree(answer.body()).path("token").asString();
	}

	/** A JSON document, waiting at most {@code timeout}; a slower answer throws HttpTimeoutException. */
	JsonNode get(String path, Duration timeout) throws IOException, InterruptedException {
		HttpResponse<String> answer = http.send(request(path, timeout).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		if (answer.statusCode() != 200) {
			throw new IOException("GET " + path + ": HTTP " + answer.statusCode() + " " + answer.body());
		}
		return JSON.readTree(answer.body());
	}

	/** A statistic (COUNT, TOTAL_TIME in seconds, MAX) of one of the platform's meters, over Actuator. */
	double meter(String meter, String statistic) throws IOException, InterruptedException {
		for (JsonNode measurement : get("/actuator/metrics/" + meter, Duration.ofSeconds(30)).path("measurements")) {
			if (measurement.path("statistic").asString().equals(statistic)) {
				return measurement.path("value").asDouble();
			}
		}
		throw new IOException("The meter " + meter + " has no " + statistic);
	}

	/** Any answer as bytes, whatever its status, waiting at most {@code timeout}. */
	HttpResponse<byte[]> bytes(String path, Duration timeout) throws IOException, InterruptedException {
		return http.send(request(path, timeout).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	/**
	 * Uploads a CSV file as a history import job, follows the job until it ends (printing its progress now and then)
	 * and returns its report.
	 */
	JsonNode importHistory(Path csv) throws IOException, InterruptedException {
		return importHistory(csv, false);
	}

	/** As {@link #importHistory(Path)}; with {@code partial} the valid rows are stored even when some are not. */
	JsonNode importHistory(Path csv, boolean partial) throws IOException, InterruptedException {
		HttpResponse<String> answer = http.send(request("/api/admin/cases/history-import/jobs"
				+ (partial ? "?partial=true" : ""), Duration.ofHours(1))
			.header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofFile(csv)).build(),
				HttpResponse.BodyHandlers.ofString());
		if (answer.statusCode() != 202) {
			throw new IOException("history import job: HTTP " + answer.statusCode() + " "
					+ answer.body().substring(0, Math.min(2000, answer.body().length())));
		}
		String job = answer.headers().firstValue("Location").orElseThrow();
		long printed = System.nanoTime();
		while (true) {
			Thread.sleep(500);
			JsonNode status = get(job, Duration.ofMinutes(1));
			String state = status.path("status").asString();
			if (!state.equals("QUEUED") && !state.equals("RUNNING")) {
				if (!state.equals("SUCCEEDED")) {
					throw new IOException("history import job " + state + ": " + status.path("message").asString());
				}
				return status.path("report");
			}
			if (System.nanoTime() - printed > 30_000_000_000L) {
				System.out.printf("  import job: %,d rows read, %,d imported, %,.0f rows/s%n",
						status.path("rowsRead").asLong(), status.path("imported").asLong(),
						status.path("rowsPerSecond").asDouble());
				printed = System.nanoTime();
			}
		}
	}

	private HttpRequest.Builder request(String path, Duration timeout) {
		return HttpRequest.newBuilder(base.resolve(path)).timeout(timeout).header("Authorization", "Bearer " + token);
	}

	private record Credentials(String username, String password) {
	}
}
