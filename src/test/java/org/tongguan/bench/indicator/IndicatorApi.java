package org.tongguan.bench.indicator;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The platform's API as the indicator benchmark uses it: as the demo administrator, or with a source's API key. */
final class IndicatorApi {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Duration TIMEOUT = Duration.ofMinutes(5);

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(10)).build();

	private final URI base;

	private final String token;

	IndicatorApi(URI base) throws IOException, InterruptedException {
		this.base = base;
		HttpResponse<String> answer = send(HttpRequest.newBuilder(base.resolve("/api/auth/tokens"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("username", "admin",
					"password", "tongguan-demo")))), 201);
		this.token = JSON.readTree(answer.body()).path("token").asString();
	}

	/** A JSON document as the administrator. */
	JsonNode get(String path) throws IOException, InterruptedException {
		return JSON.readTree(send(admin(path).GET(), 200).body());
	}

	/** The bytes of an answer as the administrator (the read timed as a client sees it). */
	byte[] bytes(String path) throws IOException, InterruptedException {
		HttpResponse<byte[]> answer = http.send(admin(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
		if (answer.statusCode() != 200) {
			throw new IOException("GET " + path + ": HTTP " + answer.statusCode());
		}
		return answer.body();
	}

	/** Sends a body as the administrator, expecting the status. */
	JsonNode send(String method, String path, String contentType, String body, int expected)
			throws IOException, InterruptedException {
		return JSON.readTree(send(admin(path).header("Content-Type", contentType)
			.method(method, HttpRequest.BodyPublishers.ofString(body)), expected).body());
	}

	/** Pushes a batch of values with a source's API key. */
	JsonNode push(String key, String batch) throws IOException, InterruptedException {
		return JSON.readTree(send(HttpRequest.newBuilder(base.resolve("/api/indicator-values")).timeout(TIMEOUT)
			.header("X-API-Key", key)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(batch)), 200).body());
	}

	private HttpRequest.Builder admin(String path) {
		return HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT).header("Authorization", "Bearer " + token);
	}

	private HttpResponse<String> send(HttpRequest.Builder request, int expected)
			throws IOException, InterruptedException {
		HttpRequest built = request.build();
		HttpResponse<String> answer = http.send(built, HttpResponse.BodyHandlers.ofString());
		if (answer.statusCode() != expected) {
			String body = answer.body();
			throw new IOException(built.method() + " " + built.uri() + ": HTTP " + answer.statusCode() + " "
					+ body.substring(0, Math.min(1500, body.length())));
		}
		return answer;
	}
}
