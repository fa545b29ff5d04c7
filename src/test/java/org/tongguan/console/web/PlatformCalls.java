package org.tongguan.console.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.function.UnaryOperator;

import com.jayway.jsonpath.JsonPath;

/**
 * The browser tests' calls to the platform's API beside the browser (preparing cases, checking what was stored),
 * with a demo user's bearer token.
 */
final class PlatformCalls {

	private final HttpClient http = HttpClient.newHttpClient();

	private final UnaryOperator<String> url;

	PlatformCalls(UnaryOperator<String> url) {
		this.url = url;
	}

	/** A bearer token of the demo user. */
	String token(String username) {
		HttpResponse<String> answer = send("POST", "/api/auth/tokens", null,
				"{\"username\": \"%s\", \"password\": \"%s\"}".formatted(username, ConsoleBrowserTest.DEMO_PASSWORD));
		assertThat(answer.statusCode()).as(answer.body()).isBetween(200, 201);
		return JsonPath.read(answer.body(), "$.token");
	}

	/** GETs the path, which must answer 200; answers the body. */
	String get(String token, String path) {
		HttpResponse<String> answer = send("GET", path, token, null);
		assertThat(answer.statusCode()).as("GET " + path + ": " + answer.body()).isEqualTo(200);
		return answer.body();
	}

	/** POSTs the JSON, which must be accepted (200 or 201); answers the body. */
	String post(String token, String path, String json) {
		HttpResponse<String> answer = send("POST", path, token, json);
		assertThat(answer.statusCode()).as("POST " + path + ": " + answer.body()).isBetween(200, 201);
		return answer.body();
	}

	/**
	 * An operator's hotline report of 暴露垃圾 at the point, accepted and filed for the dispatchers' manual queue;
	 * answers its id.
	 */
	long filedForManualDispatch(String description, double longitude, double latitude) {
		String operator = token("operator");
		String reported = send("POST", "/api/cases", operator, """
				{"category": "暴露垃圾", "description": "%s", "longitude": %s, "latitude": %s}""".formatted(description,
				longitude, latitude), UUID.randomUUID().toString()).body();
		long id = ((Number) JsonPath.read(reported, "$.id")).longValue();
		post(operator, "/api/cases/" + id + "/accept", "{}");
		post(operator, "/api/cases/" + id + "/file", "{\"dispatchManually\": true}");
		return id;
	}

	/** The number of the case with this id. */
	String number(long id) {
		return JsonPath.read(get(token("operator"), "/api/cases/" + id), "$.number");
	}

	/** PUTs the JSON, which must be accepted (200 or 201); answers the body. */
	String put(String token, String path, String json) {
		HttpResponse<String> answer = send("PUT", path, token, json);
		assertThat(answer.statusCode()).as("PUT " + path + ": " + answer.body()).isBetween(200, 201);
		return answer.body();
	}

	/** POSTs the JSON; answers the status, whatever it is. */
	int status(String token, String path, String json) {
		return send("POST", path, token, json).statusCode();
	}

	/** GETs the path; answers the status, whatever it is. */
	int readStatus(String token, String path) {
		return send("GET", path, token, null).statusCode();
	}

	/** POSTs the CSV text, which must be accepted (200 or 201); answers the body. */
	String postCsv(String token, String path, String csv) {
		HttpResponse<String> answer = send("POST", path, token, csv, "text/csv", null);
		assertThat(answer.statusCode()).as("POST " + path + ": " + answer.body()).isBetween(200, 201);
		return answer.body();
	}

	private HttpResponse<String> send(String method, String path, String token, String json) {
		return send(method, path, token, json, null);
	}

	private HttpResponse<String> send(String method, String path, String token, String json, String idempotencyKey) {
		return send(method, path, token, json, "application/json", idempotencyKey);
	}

	private HttpResponse<String> send(String method, String path, String token, String body, String contentType,
			String idempotencyKey) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url.apply(path)))
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
			.header("Accept", "application/json");
		if (body != null) {
			request.header("Content-Type", contentType);
		}
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		if (idempotencyKey != null) {
			request.header("Idempotency-Key", idempotencyKey);
		}
		try {
			return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException e) {
			throw new IllegalStateException("Cannot call " + path, e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted calling " + path, e);
		}
	}
}
