package org.tongguan.console.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.StringJoiner;
import java.util.function.IntFunction;

import org.tongguan.sensing.DemoGauges;

import com.jayway.jsonpath.JsonPath;

/**
 * What the sensing browser tests do besides the browser, over the platform's own HTTP API: demo water-level gauges
 * send readings through HTTP telemetry (the path devices use, with the demo secret), and users act with a bearer token.
 */
final class SensingFixture {

	private final HttpClient http = HttpClient.newHttpClient();

	private final String base;

	SensingFixture(int port) {
		this.base = "http://localhost:" + port;
	}

	/** The gauge reports a water depth (metres) now; at 0.40 m or more the default rule raises an orange alarm. */
	void report(String gauge, double waterLevel) {
		send(gauge, "[{\"values\": {\"waterLevel\": " + waterLevel + "}}]");
	}

	/** The gauge reports {@code count} readings spread over the last {@code span}, the i-th with value(i). */
	void reportHistory(String gauge, int count, Duration span, IntFunction<Double> value) {
		Instant now = Instant.now();
		StringJoiner batch = new StringJoiner(",", "[", "]");
		for (int i = 0; i < count; i++) {
			long at = now.minus(span).plus(span.multipliedBy(i).dividedBy(count)).toEpochMilli();
			batch.add("{\"ts\": " + at + ", \"values\": {\"waterLevel\": " + value.apply(i) + "}}");
		}
		send(gauge, batch.toString());
	}

	/** The id of the device's newest alarm, waiting up to 20 s for one to be raised. */
	long newestAlarm(String token, String device) {
		long deadline = System.currentTimeMillis() + 20_000;
		while (true) {
			String page = get(token, "/api/sensing/alarms?device=" + device + "&size=1");
			if (JsonPath.<Integer>read(page, "$.total") > 0) {
				return JsonPath.<Number>read(page, "$.items[0].id").longValue();
			}
			if (System.currentTimeMillis() > deadline) {
				throw new AssertionError("No alarm of " + device + " within 20 s");
			}
			pause();
		}
	}

	/** A bearer token of the demo user. */
	String token(String username) {
		HttpResponse<String> answer = call(HttpRequest.newBuilder(URI.create(base + "/api/auth/tokens"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"username\": \"" + username + "\", \"password\": \""
					+ ConsoleBrowserTest.DEMO_PASSWORD + "\"}")));
		assertThat(answer.statusCode()).as(answer.body()).isBetween(200, 201);
		return JsonPath.read(answer.body(), "$.token");
	}

	/** GETs a JSON answer with the token. */
	String get(String token, String path) {
		HttpResponse<String> answer = call(HttpRequest.newBuilder(URI.create(base + path))
			.header("Authorization", "Bearer " + token)
			.GET());
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
		return answer.body();
	}

	/** POSTs a JSON body with the token; answers the response. */
	HttpResponse<String> post(String token, String path, String json) {
		return call(HttpRequest.newBuilder(URI.create(base + path))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json)));
	}

	private void send(String gauge, String batch) {
		HttpResponse<String> answer = call(HttpRequest.newBuilder(URI.create(base + "/api/sensing/devices/" + gauge
				+ "/telemetry"))
			.header("Content-Type", "application/json")
			.header("X-Device-Token", DemoGauges.SECRET)
			.POST(HttpRequest.BodyPublishers.ofString(batch)));
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
		assertThat(JsonPath.<Integer>read(answer.body(), "$.rejected")).as(answer.body()).isZero();
	}

	private HttpResponse<String> call(HttpRequest.Builder request) {
		try {
			return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	private static void pause() {
		try {
			Thread.sleep(200);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
