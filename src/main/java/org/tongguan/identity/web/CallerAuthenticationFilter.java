package org.tongguan.identity.web;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;
import org.tongguan.identity.Caller;
import org.tongguan.identity.apikey.ApiKey;
import org.tongguan.identity.apikey.ApiKeys;
import org.tongguan.identity.internal.CallerAuthentication;
import org.tongguan.identity.internal.UserDirectory;
import org.tongguan.identity.login.AccessTokens;

/**
 * Establishes the caller of each request: a bearer token or an API key authenticates the request alone (an unknown
 * one is answered 401, never passed on; an API key on a path none of its purposes is served on is answered 403); a
 * console session is re-read from the user table, so disabling a user or changing their roles takes effect on their
 * next request.
 */
class CallerAuthenticationFilter extends OncePerRequestFilter {

	private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

	private final AccessTokens tokens;

	private final ApiKeys apiKeys;

	private final UserDirectory users;

	private final ProblemResponses problems;

	CallerAuthenticationFilter(AccessTokens tokens, ApiKeys apiKeys, UserDirectory users, ProblemResponses problems) {
		this.tokens = tokens;
		this.apiKeys = apiKeys;
		this.users = users;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String token = CredentialHeaders.bearerToken(request);
		String apiKey = CredentialHeaders.apiKey(request);
		if (token != null) {
			if (!authenticate(tokens.resolve(token))) {
				problems.unauthorized(request, response, "The bearer token is unknown, expired or revoked.");
				return;
			}
		}
		else if (apiKey != null) {
			if (!authenticateKey(apiKey, request, response)) {
				return;
			}
		}
		else {
			refreshSession(request);
		}
		chain.doFilter(request, response);
	}

	/** Authenticates with the API key, or answers 401 (unknown key) or 403 (a path none of its purposes serves). */
	private boolean authenticateKey(String secret, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		Optional<ApiKey> key = apiKeys.resolve(secret);
		if (key.isEmpty()) {
			problems.unauthorized(request, response, "The API key is unknown or revoked.");
			return false;
		}
		if (!apiKeys.serves(key.get(), request.getRequestURI().substring(request.getContextPath().length()))) {
			problems.write(request, response, HttpStatus.FORBIDDEN, "Forbidden", "This API key is for "
					+ key.get().purposes() + ", which this endpoint does not serve; ask the administrator for a key "
					+ "with the purpose this endpoint serves.");
			return false;
		}
		setCaller(key.get().caller());
		return true;
	}

	private boolean authenticate(Optional<Caller> caller) {
		caller.ifPresent(this::setCaller);
		return caller.isPresent();
	}

	private void refreshSession(HttpServletRequest request) {
		Authentication current = contexts.getContext().getAuthentication();
		if (!(current instanceof CallerAuthentication authentication)) {
			return;
		}
		Optional<Caller> fresh = users.enabledCaller(authentication.getName());
		if (fresh.isEmpty()) {
			contexts.clearContext();
			HttpSession session = request.getSession(false);
			if (session != null) {
				session.invalidate();
			}
		}
		else if (!fresh.get().equals(authentication.getPrincipal())) {
			setCaller(fresh.get());
		}
	}

	private void setCaller(Caller caller) {
		SecurityContext context = contexts.createEmptyContext();
		context.setAuthentication(new CallerAuthentication(caller));
		contexts.setContext(context);
	}
}
