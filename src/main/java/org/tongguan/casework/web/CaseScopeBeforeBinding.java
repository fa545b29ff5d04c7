package org.tongguan.casework.web;

import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.tongguan.casework.CaseId;

/**
 * Checks, before a request body is read, that the caller may see the case an action under {@code /api/cases/{id}/}
 * names: a caller outside the case's data scope gets the 403 (or 404) that reading the case would give them, never a
 * 400 or 415 about a body they should not have sent. Reads ({@code GET}) carry no body; their handlers check alike.
 */
@Configuration(proxyBeanMethods = false)
class CaseScopeBeforeBinding implements WebMvcConfigurer, HandlerInterceptor {

	private static final String CASE = "/api/cases/{id}";

	private final VisibleCases cases;

	CaseScopeBeforeBinding(VisibleCases cases) {
		this.cases = cases;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).addPathPatterns("/api/cases/*/**");
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		String pattern = String.valueOf(request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE));
		if (!HttpMethod.GET.matches(request.getMethod()) && pattern.startsWith(CASE + "/")) {
			Map<?, ?> variables = (Map<?, ?>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
			id(String.valueOf(variables.get("id"))).ifPresent(cases::find);
		}
		return true;
	}

	/** The case id of the path; none when it is not a number, which the handler then answers 400. */
	private static Optional<CaseId> id(String value) {
		try {
			return Optional.of(new CaseId(Long.parseLong(value)));
		}
		catch (NumberFormatException e) {
			return Optional.empty();
		}
	}
}
