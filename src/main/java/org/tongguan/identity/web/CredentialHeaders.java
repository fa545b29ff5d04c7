package org.tongguan.identity.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;

/** Reads the credentials API callers send in headers: a bearer token or an API key. */
final class CredentialHeaders {

	static final String API_KEY = "X-API-Key";

	private static final String BEARER = "Bearer ";

	private CredentialHeaders() {
	}

	/** The bearer token of the request, or {@code null} when it carries none. */
	static String bearerToken(HttpServletRequest request) {
		String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			return null;
		}
		return authorization.substring(BEARER.length()).strip();
	}

	/** The API key of the request, or {@code null} when it carries none. */
	static String apiKey(HttpServletRequest request) {
		return request.getHeader(API_KEY);
	}

	/** Whether the request authenticates with a header rather than a session cookie (so CSRF cannot apply). */
	static boolean present(HttpServletRequest request) {
		return bearerToken(request) != null || apiKey(request) != null;
	}
}
