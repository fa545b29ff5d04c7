package org.tongguan.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The cookies a browser gets from the real servlet container: the session cookie and the CSRF cookie are
 * {@code SameSite=Lax}, and the session cookie is HTTP-only (MockMvc cannot show these; the container writes them).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SessionCookieTests {

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Test
	void aConsoleLoginSetsASameSiteHttpOnlySessionCookie() throws Exception {
		HttpResponse<String> loginPage = http.send(HttpRequest.newBuilder(uri("/login")).build(),
				HttpResponse.BodyHandlers.ofString());
		String xsrf = cookie(loginPage, "XSRF-TOKEN");
		assertThat(xsrf).contains("SameSite=Lax").doesNotContain("HttpOnly");
		String token = xsrf.substring("XSRF-TOKEN=".length(), xsrf.indexOf(';'));
		HttpResponse<String> login = http.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Cookie", "XSRF-TOKEN=" + token)
			.header("X-XSRF-TOKEN", token)
			.POST(HttpRequest.BodyPublishers.ofString("username=operator&password=tongguan-demo"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/"));
		assertThat(cookie(login, "JSESSIONID")).contains("HttpOnly", "SameSite=Lax");
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private static String cookie(HttpResponse<?> response, String name) {
		List<String> cookies = response.headers().allValues("Set-Cookie");
		return cookies.stream().filter(cookie -> cookie.startsWith(name + "=")).findFirst().orElseThrow(
				() -> new AssertionError("No " + name + " cookie in " + cookies));
	}
}
