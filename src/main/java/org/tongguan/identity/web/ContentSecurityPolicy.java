package org.tongguan.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The Content-Security-Policy of every answer: scripts, styles, connections and frames from the platform itself only,
 * no inline scripts, no plugins, never framed. Swagger UI's pages alone may use inline styles: its bundle applies
 * one when it loads, which the strict policy blocks (seen in Chromium; its scripts need nothing more).
 */
final class ContentSecurityPolicy implements HeaderWriter {

	static final String HEADER = "Content-Security-Policy";

	static final String STRICT = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data: blob:; connect-src 'self'; frame-ancestors 'none'; object-src 'none'; "
			+ "base-uri 'self'; form-action 'self'";

	static final String SWAGGER_UI = STRICT.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");

	private final RequestMatcher swaggerUi;

	ContentSecurityPolicy(RequestMatcher swaggerUi) {
		this.swaggerUi = swaggerUi;
	}

	@Override
	public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
		if (!response.containsHeader(HEADER)) {
			response.setHeader(HEADER, swaggerUi.matches(request) ? SWAGGER_UI : STRICT);
		}
	}
}
