package org.tongguan.identity.web;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.servlet.DispatcherType;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.tongguan.identity.ContentOrigins;
import org.tongguan.identity.PublicPaths;
import org.tongguan.identity.Role;
import org.tongguan.identity.apikey.ApiKeys;
import org.tongguan.identity.audit.AuditEvent;
import org.tongguan.identity.audit.SecurityAudit;
import org.tongguan.identity.internal.UserDirectory;
import org.tongguan.identity.login.AccessTokens;
import org.tongguan.identity.login.LoginThrottle;

import tools.jackson.databind.ObjectMapper;

/**
 * The platform's web security: console sessions with form login and CSRF cookies, bearer tokens and API keys for
 * API callers, login throttling, security headers on every answer, and problem-detail answers for 401, 403 and 429.
 * Everything needs authentication except health probes, the login page (the console's, {@code GET /login}), the
 * token request, the OpenAPI document with Swagger UI (only the description: every call it lists stays protected)
 * and the paths other modules open with {@link PublicPaths} beans; the other actuator endpoints and everything under
 * {@code /api/admin/**} need ADMIN, decided before a request body is read. {@code @PreAuthorize} works in every
 * module, and is decided before the body is read too ({@link PreAuthorizeBeforeBinding}).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

	private static final RequestMatcher API = pathPattern("/api/**");

	private static final RequestMatcher TOKEN_REQUEST = pathPattern(HttpMethod.POST, "/api/auth/tokens");

	private static final RequestMatcher LOGINS = new OrRequestMatcher(pathPattern(HttpMethod.POST, "/login"),
			TOKEN_REQUEST, pathPattern(HttpMethod.POST, SetupController.PATH));

	private static final RequestMatcher HEADER_CREDENTIALS = CredentialHeaders::present;

	private static final RequestMatcher PROBES = pathPattern("/actuator/**");

	private static final RequestMatcher SWAGGER_UI = new OrRequestMatcher(pathPattern("/swagger-ui.html"),
			pathPattern("/swagger-ui/**"));

	/** The OpenAPI document and Swagger UI: readable without a login, so a newcomer sees the API before a token. */
	private static final RequestMatcher API_DOCUMENTATION = new OrRequestMatcher(SWAGGER_UI,
			pathPattern(HttpMethod.GET, "/v3/api-docs"), pathPattern(HttpMethod.GET, "/v3/api-docs/**"),
			pathPattern(HttpMethod.GET, "/v3/api-docs.yaml"));

	@Bean
	SecurityFilterChain platformSecurity(HttpSecurity http, PasswordAuthenticationProvider passwords,
			AccessTokens tokens, ApiKeys apiKeys, UserDirectory users, LoginThrottle throttle, SecurityAudit audit,
			ObjectMapper json, ObjectProvider<PublicPaths> publicPaths,
			ObjectProvider<ContentOrigins> contentOrigins) {
		ProblemResponses problems = new ProblemResponses(json);
		RequestMatcher open = publicMatcher(publicPaths.orderedStream().toList());
		RequestMatcher noCsrf = new OrRequestMatcher(HEADER_CREDENTIALS, TOKEN_REQUEST, open);
		RequestMatcher notConsole = new OrRequestMatcher(noCsrf, PROBES);
		ContentSecurityPolicy policy = new ContentSecurityPolicy(SWAGGER_UI,
				otherOrigins(contentOrigins.orderedStream().toList()));
		http.authenticationManager(new ProviderManager(passwords))
			// An async dispatch continues a request already authorized (the console's live stream ending after its
			// session did); filtering it again would deny it after the response is committed.
			.authorizeHttpRequests(requests -> requests.dispatcherTypeMatchers(DispatcherType.ASYNC)
				.permitAll()
				.requestMatchers(open)
				.permitAll()
				.requestMatchers("/actuator/health", "/actuator/health/**", "/login", "/error", "/favicon.ico")
				.permitAll()
				.requestMatchers(TOKEN_REQUEST, API_DOCUMENTATION)
				.permitAll()
				.requestMatchers("/actuator/**", "/api/admin/**")
				.hasRole(Role.ADMIN.name())
				.anyRequest()
				.authenticated())
			.formLogin(form -> form.loginPage("/login").permitAll())
			.logout(logout -> logout.addLogoutHandler((request, response, authentication) -> {
				if (authentication != null) {
					audit.record(AuditEvent.LOGOUT, authentication.getName(), authentication.getName(), null);
				}
			}))
			.csrf(csrf -> csrf.csrfTokenRepository(ConsoleCsrf.cookies())
				.csrfTokenRequestHandler(new ConsoleCsrf(notConsole))
				.ignoringRequestMatchers(noCsrf))
			.headers(headers -> headers.addHeaderWriter(policy)
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)))
			.requestCache(cache -> cache.requestCache(browserPageCache()))
			.exceptionHandling(exceptions -> exceptions
				.defaultAuthenticationEntryPointFor(unauthorized(problems), new OrRequestMatcher(API, HEADER_CREDENTIALS))
				.accessDeniedHandler(forbidden(problems)))
			.addFilterBefore(new CallerAuthenticationFilter(tokens, apiKeys, users, problems), CsrfFilter.class)
			.addFilterBefore(new LoginThrottleFilter(LOGINS, throttle, problems),
					UsernamePasswordAuthenticationFilter.class);
		return http.build();
	}

	/**
	 * API calls get a 401 problem; registered first, so it is also the answer for everything that is not a browser
	 * navigation (which form login redirects to the login page, the console's own at {@code GET /login}).
	 */
	private static AuthenticationEntryPoint unauthorized(ProblemResponses problems) {
		return (request, response, exception) -> problems.unauthorized(request, response,
				"Log in, or send a bearer token (Authorization: Bearer …) or an API key (X-API-Key).");
	}

	/** Only browser page requests are remembered to return to after login; API calls never create a session. */
	private static HttpSessionRequestCache browserPageCache() {
		HttpSessionRequestCache cache = new HttpSessionRequestCache();
		cache.setRequestMatcher(new AndRequestMatcher(pathPattern(HttpMethod.GET, "/**"), browserPage()));
		return cache;
	}

	private static RequestMatcher browserPage() {
		MediaTypeRequestMatcher html = new MediaTypeRequestMatcher(MediaType.TEXT_HTML);
		html.setIgnoredMediaTypes(Set.of(MediaType.ALL));
		return new AndRequestMatcher(html, new NegatedRequestMatcher(API),
				new NegatedRequestMatcher(HEADER_CREDENTIALS));
	}

	/**
	 * 403 for a role that does not allow the request, or for a console request without a valid CSRF token; but a
	 * write by somebody not signed in (no session, no credentials) is answered 401 like any other unauthenticated
	 * call, except the login form itself.
	 */
	private static AccessDeniedHandler forbidden(ProblemResponses problems) {
		AuthenticationEntryPoint unauthorized = unauthorized(problems);
		return (request, response, denied) -> {
			boolean csrf = denied instanceof CsrfException;
			if (csrf && !signedIn() && !LOGINS.matches(request)) {
				unauthorized.commence(request, response, new InsufficientAuthenticationException(denied.getMessage()));
				return;
			}
			problems.write(request, response, HttpStatus.FORBIDDEN, "Forbidden", csrf
					? "The request lacks a valid CSRF token (X-XSRF-TOKEN header from the XSRF-TOKEN cookie)."
					: "Your role does not allow this.");
		};
	}

	private static boolean signedIn() {
		Authentication authentication = SecurityContextHolder.getContextHolderStrategy()
			.getContext()
			.getAuthentication();
		return authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken);
	}

	private static List<String> otherOrigins(List<ContentOrigins> contributions) {
		for (ContentOrigins contribution : contributions) {
			if (contribution.origins().isEmpty()) {
				continue;
			}
			log.info("Content-Security-Policy allows images and connections to {} for {}", contribution.origins(),
					contribution.purpose());
		}
		return contributions.stream().flatMap(contribution -> contribution.origins().stream()).distinct().toList();
	}

	private static RequestMatcher publicMatcher(List<PublicPaths> publicPaths) {
		List<RequestMatcher> matchers = new ArrayList<>();
		for (PublicPaths paths : publicPaths) {
			log.info("Public paths (no authentication, no CSRF) for {}: {}", paths.purpose(), paths.patterns());
			paths.patterns().forEach(pattern -> matchers.add(pathPattern(pattern)));
		}
		return matchers.isEmpty() ? request -> false : new OrRequestMatcher(matchers);
	}
}
