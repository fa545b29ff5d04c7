package org.tongguan.console.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.tongguan.sensing.AlarmCleared;
import org.tongguan.sensing.AlarmId;
import org.tongguan.sensing.AlarmRaised;
import org.tongguan.sensing.DeviceCode;
import org.tongguan.sensing.RuleId;
import org.tongguan.sensing.WarningLevel;

import com.jayway.jsonpath.JsonPath;

/**
 * The live stream over HTTP on the whole platform: what a district-scoped dispatcher, a city-wide one and a handler
 * receive when cases are reported and alarms raised, masked personal data, and the end of a session's stream at
 * logout.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { ConsoleBrowserTest.MANY_LOGINS, ConsoleBrowserTest.MANY_REPORTS })
class LiveStreamHttpTests {

	private static final Duration WAIT = Duration.ofSeconds(20);

	@LocalServerPort
	int port;

	@Autowired
	ApplicationEventPublisher events;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void aDistrictScopedDispatcherReceivesOnlyTheCasesOfTheirDistrict() throws Exception {
		EventStream futian = open(token("futian-dispatcher"));
		EventStream city = open(token("dispatcher"));

		String luohu = report(114.1315, 22.5485, "罗湖路边暴露垃圾");
		String ownDistrict = report(114.0579, 22.5431, "福田路边暴露垃圾");

		assertThat(city.caseReported(luohu)).contains("\"district\":\"440303\"");
		assertThat(city.caseReported(ownDistrict)).contains("\"district\":\"440304\"");
		assertThat(futian.caseReported(ownDistrict)).contains("\"change\":\"REPORTED\"");
		assertThat(futian.received).noneMatch(line -> line.contains(luohu));
	}

	@Test
	void personalDataInAReportIsMaskedInTheStream() throws Exception {
		EventStream city = open(token("shiftlead"));

		String number = report(114.0579, 22.5431, "垃圾堆积，请联系 13812345678 或 zhang@example.org");

		String received = city.caseReported(number);
		assertThat(received).contains("138****5678", "z***@example.org").doesNotContain("13812345678");
	}

	@Test
	void alarmsReachTheDispatchersOfTheirPlaceButNoHandler() throws Exception {
		String admin = token("admin");
		String device = JsonPath.read(get(admin, "/api/sensing/devices?region=440304&size=1"), "$.items[0].code");
		EventStream dispatcher = open(token("futian-dispatcher"));
		EventStream handler = open(token("handler"));

		events.publishEvent(new AlarmRaised(new AlarmId(990_001), new DeviceCode(device), new RuleId(1),
				WarningLevel.ORANGE, Instant.now(), null));
		events.publishEvent(new AlarmCleared(new AlarmId(990_001), new DeviceCode(device), Instant.now(), "恢复正常"));
		String report = report(114.0579, 22.5431, "井盖旁暴露垃圾");

		assertThat(dispatcher.next("alarm", "\"id\":990001")).contains("\"change\":\"RAISED\"",
				"\"level\":\"ORANGE\"", "\"device\":\"" + device + "\"");
		assertThat(dispatcher.next("alarm", "\"id\":990001")).contains("\"change\":\"CLEARED\"");
		assertThat(handler.next("case", report)).contains("\"change\":\"REPORTED\"");
		assertThat(handler.received).noneMatch(line -> line.startsWith("event:alarm"));
	}

	@Test
	void theStreamOfASessionEndsAtLogout() throws Exception {
		CookieManager cookies = new CookieManager();
		HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
		browser.send(HttpRequest.newBuilder(url("/login")).GET().build(), HttpResponse.BodyHandlers.discarding());
		String form = "username=dispatcher&password=" + URLEncoder.encode(ConsoleBrowserTest.DEMO_PASSWORD,
				StandardCharsets.UTF_8);
		HttpResponse<Void> login = browser.send(HttpRequest.newBuilder(url("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("X-XSRF-TOKEN", csrf(cookies))
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.discarding());
		assertThat(login.statusCode()).isIn(200, 302);
		EventStream stream = open(browser, null);

		HttpResponse<Void> logout = browser.send(HttpRequest.newBuilder(url("/logout"))
			.header("X-XSRF-TOKEN", csrf(cookies))
			.POST(HttpRequest.BodyPublishers.noBody())
			.build(), HttpResponse.BodyHandlers.discarding());

		assertThat(logout.statusCode()).isIn(200, 204, 302);
		assertThat(stream.ended.get(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
	}

	@Test
	void anonymousCallersGetNoStream() throws Exception {
		HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(url("/api/console/stream"))
			.header("Accept", "text/event-stream")
			.GET()
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(anonymous.statusCode()).isEqualTo(401);
	}

	private EventStream open(String token) throws Exception {
		return open(http, token);
	}

	/** Opens the stream and waits for its greeting. */
	private EventStream open(HttpClient client, String token) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(url("/api/console/stream"))
			.header("Accept", "text/event-stream")
			.GET();
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		HttpResponse<java.util.stream.Stream<String>> response = client.sendAsync(request.build(),
				HttpResponse.BodyHandlers.ofLines())
			.get(WAIT.toSeconds(), TimeUnit.SECONDS);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("text/event-stream"));
		EventStream stream = new EventStream(response.body());
		assertThat(stream.nextEvent("hello")).contains("heartbeatSeconds");
		return stream;
	}

	private String report(double longitude, double latitude, String description) throws Exception {
		String body = """
				{"category": "暴露垃圾", "description": "%s", "longitude": %s, "latitude": %s}"""
			.formatted(description, longitude, latitude);
		HttpResponse<String> answer = http.send(HttpRequest.newBuilder(url("/api/public/cases"))
			.header("Content-Type", "application/json")
			.header("Idempotency-Key", UUID.randomUUID().toString())
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
		return JsonPath.read(answer.body(), "$.number");
	}

	private String token(String username) throws Exception {
		HttpResponse<String> answer = http.send(HttpRequest.newBuilder(url("/api/auth/tokens"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"username\": \"" + username + "\", \"password\": \""
					+ ConsoleBrowserTest.DEMO_PASSWORD + "\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).as(answer.body()).isBetween(200, 201);
		return JsonPath.read(answer.body(), "$.token");
	}

	private String get(String token, String path) throws IOException, InterruptedException {
		HttpResponse<String> answer = http.send(HttpRequest.newBuilder(url(path))
			.header("Authorization", "Bearer " + token)
			.GET()
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
		return answer.body();
	}

	private static String csrf(CookieManager cookies) {
		return cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
			.map(HttpCookie::getValue)
			.findFirst()
			.orElseThrow();
	}

	private URI url(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	/** An open stream read line by line on a thread of its own. */
	static final class EventStream {

		final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

		final List<String> received = new CopyOnWriteArrayList<>();

		final CompletableFuture<Boolean> ended = new CompletableFuture<>();

		EventStream(java.util.stream.Stream<String> body) {
			Thread reader = new Thread(() -> {
				try {
					body.forEach(line -> {
						received.add(line);
						lines.add(line);
					});
				}
				catch (UncheckedIOException closed) {
					// the platform stopped at the end of the tests
				}
				finally {
					ended.complete(true);
				}
			});
			reader.setDaemon(true);
			reader.start();
		}

		/** The data of the next event of this name (other events are skipped). */
		String nextEvent(String name) throws InterruptedException {
			long until = System.nanoTime() + WAIT.toNanos();
			boolean named = false;
			while (System.nanoTime() < until) {
				String line = lines.poll(until - System.nanoTime(), TimeUnit.NANOSECONDS);
				if (line == null) {
					break;
				}
				if (line.startsWith("event:")) {
					named = line.substring(6).strip().equals(name);
				}
				else if (named && line.startsWith("data:")) {
					return line.substring(5);
				}
			}
			throw new AssertionError("No event " + name + " within " + WAIT + "; received " + received);
		}

		/** The data of the next event of this name that contains the text. */
		String next(String name, String text) throws InterruptedException {
			while (true) {
				String data = nextEvent(name);
				if (data.contains(text)) {
					return data;
				}
			}
		}

		/** The data of the case event that reports this case number. */
		String caseReported(String number) throws InterruptedException {
			return next("case", "\"number\":\"" + number + "\",\"stage\"");
		}
	}
}
