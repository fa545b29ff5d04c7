package org.tongguan.identity.web;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The Content-Security-Policy of every answer: scripts, styles, connections and frames from the platform itself only,
 * no inline scripts, no plugins, never framed. Swagger UI's pages alone may use inline styles: its bundle applies
 * one when it loads, which the strict policy blocks (seen in Chromium; its scripts need nothing more). The console's
 * map (MapLibre GL JS) starts its tile workers from a {@code blob:} URL, hence {@code worker-src 'self' blob:}; images
 * and connections may also go to the origins of {@link org.tongguan.identity.ContentOrigins} beans (a configured base
 * map). See docs/decisions/0017-console-technology.md.
 */
final class ContentSecurityPolicy implements HeaderWriter {

	static final String HEADER = "Content-Security-Policy";

	static final String STRICT = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data: blob:; connect-src 'self'; frame-ancestors 'none'; object-src 'none'; "
			+ "base-uri 'self'; form-action 'self'; worker-src 'self' blob:";

	private final RequestMatcher swaggerUi;

	private final String strict;

	private final String swaggerUiPolicy;

	ContentSecurityPolicy(RequestMatcher swaggerUi, List<String> otherOrigins) {
		this.swaggerUi = swaggerUi;
		String others = otherOrigins.stream().map(origin -> " " + origin).collect(Collectors.joining());
		this.strict = STRICT.replace("img-src 'self' data: blob:", "img-src 'self' data: blob:" + others)
			.replace("connect-src 'self'", "connect-src 'self'" + others);
		this.swaggerUiPolicy = strict.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");
	}

	@Override
	public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
		if (!response.containsHeader(HEADER)) {
			response.setHeader(HEADER, swaggerUi.matches(request) ? swaggerUiPolicy : strict);
		}
	}
}
