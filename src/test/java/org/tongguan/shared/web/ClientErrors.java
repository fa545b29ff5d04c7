package org.tongguan.shared.web;

import java.util.Optional;

import org.springframework.http.MediaType;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What an answer to a client must not be: a server error, or a client error that is not an RFC 9457 problem detail
 * (on the Open311 API, the specification's own error list is fine too).
 */
final class ClientErrors {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ClientErrors() {
	}

	/** What is wrong with the answer, if anything. */
	static Optional<String> fault(String path, int status, String contentType, String body) {
		if (status >= 500) {
			return Optional.of("server error");
		}
		if (status < 400 || problem(status, contentType, body)
				|| path.startsWith("/open311/") && open311Errors(contentType, body)) {
			return Optional.empty();
		}
		return Optional.of("client error that is not a problem detail");
	}

	private static boolean problem(int status, String contentType, String body) {
		if (contentType == null
				|| !MediaType.APPLICATION_PROBLEM_JSON.isCompatibleWith(MediaType.parseMediaType(contentType))) {
			return false;
		}
		try {
			JsonNode problem = JSON.readTree(body);
			return problem.path("status").asInt() == status && !problem.path("title").asString("").isBlank();
		}
		catch (RuntimeException unreadable) {
			return false;
		}
	}

	/** The Open311 error list: {@code errors/error{code, description}} as XML or JSON. */
	private static boolean open311Errors(String contentType, String body) {
		return contentType != null && (contentType.contains("xml") || contentType.contains("json"))
				&& body.contains("code") && body.contains("description");
	}
}
