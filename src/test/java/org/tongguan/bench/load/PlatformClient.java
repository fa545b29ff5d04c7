package org.tongguan.bench.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A signed-in user of the platform's REST API over one JDK {@link HttpClient} (HTTP/1.1, kept-alive connections),
 * with the user's bearer token on every request.
 */
public final class PlatformClient {

	public static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private final HttpClient http;

	private final URI base;

	private final String token;

	private PlatformClient(HttpClient http, URI base, String token) {
		this.http = http;
		this.base = base;
		this.token = token;
	}

	/** Signs in with a demo user's name and password. */
	public static PlatformClient signIn(URI base, String username, String password)
			throws IOException, InterruptedException {
		HttpClient http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(10))
			.build();
		String credentials = JSON.writeValueAsString(new Credentials(username, password));
		HttpResponse<String> answer = http.send(HttpRequest.newBuilder(base.resolve("/api/auth/tokens"))
			.timeout(TIMEOUT)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(credentials))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (answer.statusCode() != 201) {
			throw new IOException("Cannot sign in as " + username + ": HTTP " + answer.statusCode() + " " + answer.body());
		}
		return new PlatformClient(http, base, JSON.readTree(answer.body()).path("token").asString());
	}

	/** Reads a JSON document; fails unless the platform answers 200. */
	public JsonNode get(String path) throws IOException, InterruptedException {
		HttpResponse<String> answer = http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
		if (answer.statusCode() != 200) {
			throw new IOException("GET " + path + ": HTTP " + answer.statusCode() + " " + answer.body());
		}
		return JSON.readTree(answer.body());
	}

	/** Reads a text document (e.g. Prometheus metrics); fails unless the platform answers 200. */
	public String text(String path) throws IOException, InterruptedException {
		HttpResponse<String> answer = http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
		if (answer.statusCode() != 200) {
			throw new IOException("GET " + path + ": HTTP " + answer.statusCode());
		}
		return answer.body();
	}

	/** Posts a JSON body and waits for the answer. */
	public HttpResponse<String> post(String path, String json, String idempotencyKey)
			throws IOException, InterruptedException {
		return http.send(postRequest(path, json, idempotencyKey), HttpResponse.BodyHandlers.ofString());
	}

	/** Posts a body of another type than JSON (e.g. a multipart upload) and waits for the answer. */
	public HttpResponse<String> upload(String path, String contentType, HttpRequest.BodyPublisher body)
			throws IOException, InterruptedException {
		return http.send(request(path).header("Content-Type", contentType).POST(body).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	/** Posts a JSON body without waiting; the answer's body is discarded. */
	CompletableFuture<HttpResponse<Void>> postAsync(String path, String json, String idempotencyKey) {
		return http.sendAsync(postRequest(path, json, idempotencyKey), HttpResponse.BodyHandlers.discarding());
	}

	private HttpRequest postRequest(String path, String json, String idempotencyKey) {
		HttpRequest.Builder request = request(path).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json));
		if (idempotencyKey != null) {
			request.header("Idempotency-Key", idempotencyKey);
		}
		return request.build();
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT).header("Authorization", "Bearer " + token);
	}

	private record Credentials(String username, String password) {
	}
}
