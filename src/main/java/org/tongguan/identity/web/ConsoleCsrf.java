package org.tongguan.identity.web;

import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.util.StringUtils;

/**
 * CSRF tokens for the console (a single-page application on a session cookie): the token travels in the
 * {@code XSRF-TOKEN} cookie ({@code SameSite=Lax}, readable by the console's scripts) and comes back in the
 * {@code X-XSRF-TOKEN} header. Requests that are not console traffic — header credentials, public paths, probes —
 * never see a token, so their answers set no cookie.
 */
final class ConsoleCsrf implements CsrfTokenRequestHandler {

	private final CsrfTokenRequestHandler masked = new XorCsrfTokenRequestAttributeHandler();

	private final CsrfTokenRequestHandler plain = new CsrfTokenRequestAttributeHandler();

	private final RequestMatcher notConsole;

	ConsoleCsrf(RequestMatcher notConsole) {
		this.notConsole = notConsole;
	}

	/** The cookie the console reads the token from. */
	static CookieCsrfTokenRepository cookies() {
		CookieCsrfTokenRepository cookies = CookieCsrfTokenRepository.withHttpOnlyFalse();
		cookies.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
		return cookies;
	}

	/**
	 * Makes the token available to the request, lazily; console traffic loads it at once so that its answer carries
	 * the cookie, other traffic only when something asks for it (nothing in the platform does).
	 */
	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> token) {
		masked.handle(request, response, token);
		if (!notConsole.matches(request)) {
			token.get();
		}
	}

	/** The header carries the cookie's raw value (the console copies it); a form field carries the masked one. */
	@Override
	public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken token) {
		return (StringUtils.hasText(request.getHeader(token.getHeaderName())) ? plain : masked)
			.resolveCsrfTokenValue(request, token);
	}
}
