package org.tongguan.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Malformed URLs and request lines sent over a socket to the real server, since MockMvc bypasses Tomcat and
 * HttpClient refuses to send them: whoever rejects them (Tomcat, the security firewall, Spring MVC), the answer is a
 * 4xx problem detail, never Tomcat's HTML page or Spring Boot's error JSON.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Tag("database")
class MalformedUrlTests {

	private static final List<String> TARGETS = List.of("/api/cases/%", "/api/%zz", "/api/cases/%C0%AE",
			"/api/cases/%ED%A0%80", "/api/cases/%FF", "/api/cases/%00", "/api/cases/%2F1", "/api/cases/%5C",
			"/api/cases/%25", "//api/cases", "/api/cases//1", "/api/cases/..;/x", "/api/cases/./1",
			"/api/cases/1;jsessionid=x", "/api/../../etc/passwd", "/api/cases/a b", "/api/cases/\u0001", "*",
			"/api/cases?page=%zz", "/api/cases?%=1", "/open311/v2/requests/%zz.json", "/open311/v2/../../x.json",
			"/api/cases/" + "9".repeat(10_000));

	@LocalServerPort
	int port;

	@Test
	void everyMalformedUrlIsAnsweredWithAProblemDetail() throws IOException {
		List<String> faults = new ArrayList<>();
		for (String target : TARGETS) {
			for (String method : List.of("GET", "POST")) {
				String request = method + " " + target + " HTTP/1.1\r\nHost: localhost\r\nAccept: application/json\r\n"
						+ "Content-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}";
				check(method + " " + MalformedRequests.shown(target), request, faults);
			}
		}
		assertThat(faults).isEmpty();
	}

	@Test
	void malformedRequestLinesAndHeadersAreAnsweredWithAProblemDetail() throws IOException {
		List<String> faults = new ArrayList<>();
		check("no Host header", "GET /api/cases HTTP/1.1\r\nConnection: close\r\n\r\n", faults);
		check("header without a colon", "GET /api/cases HTTP/1.1\r\nHost: localhost\r\nbroken\r\n\r\n", faults);
		check("header too large", "GET /api/cases HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "x".repeat(20_000)
				+ "\r\nConnection: close\r\n\r\n", faults);
		check("bad method", "G(T /api/cases HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n", faults);
		check("chunked body that is not", "POST /api/cases HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked"
				+ "\r\nConnection: close\r\n\r\nzz\r\n{}\r\n0\r\n\r\n", faults);
		assertThat(faults).isEmpty();
	}

	private void check(String what, String request, List<String> faults) throws IOException {
		String answer = exchange(request);
		int headersEnd = answer.indexOf("\r\n\r\n");
		String head = headersEnd < 0 ? answer : answer.substring(0, headersEnd);
		String body = headersEnd < 0 ? ""
				: new String(unchunked(head, answer.substring(headersEnd + 4)).getBytes(StandardCharsets.ISO_8859_1),
						StandardCharsets.UTF_8);
		int status = head.length() >= 12 ? Integer.parseInt(head.substring(9, 12)) : 0;
		String contentType = head.lines()
			.filter(line -> line.toLowerCase().startsWith("content-type:"))
			.map(line -> line.substring("content-type:".length()).strip())
			.findFirst()
			.orElse(null);
		if (status < 400) {
			faults.add(what + ": no client error but " + MalformedRequests.shown(head));
			return;
		}
		ClientErrors.fault("/api", status, contentType, body)
			.ifPresent(fault -> faults.add(what + ": " + fault + ": " + status + " " + contentType + " "
					+ MalformedRequests.shown(body)));
	}

	/** The answer, one character per byte (chunk sizes count bytes). */
	private String exchange(String request) throws IOException {
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
		}
	}

	private static String unchunked(String head, String body) {
		if (!head.toLowerCase().contains("transfer-encoding: chunked")) {
			return body;
		}
		StringBuilder joined = new StringBuilder();
		int at = 0;
		while (true) {
			int lineEnd = body.indexOf("\r\n", at);
			int size = lineEnd < 0 ? 0 : Integer.parseInt(body.substring(at, lineEnd).strip(), 16);
			if (size == 0) {
				return joined.toString();
			}
			joined.append(body, lineEnd + 2, lineEnd + 2 + size);
			at = lineEnd + 2 + size + 2;
		}
	}
}
