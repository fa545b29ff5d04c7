package org.tongguan.shared.web;

import java.util.Map;
import java.util.function.LongConsumer;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;

/**
 * Checks, before a request body is read or validated, that the caller may see the resource an action's path names,
 * with the same check that reading the resource makes: a caller outside its data scope gets that answer (403, or 404
 * when it does not exist), never a 400 or 415 about a body they should not have sent. A module declares one per
 * scoped resource as a bean, a subclass naming e.g. {@code /api/cases/{id}} and its case read check, and
 * {@link ScopeChecksBeforeBinding} registers every one. Reads ({@code GET}) carry no body and are
 * left to their handlers, which make the same check; an id that is not a number is left to the handler's 400.
 */
public class ScopeBeforeBinding implements HandlerInterceptor {

	private final String resource;

	private final String variable;

	private final LongConsumer check;

	/**
	 * @param resource the resource's path pattern ending in its numeric id variable, e.g. {@code /api/cases/{id}};
	 * its actions are the paths below it
	 * @param check fails (403, 404) unless the caller may see the resource with that id
	 */
	protected ScopeBeforeBinding(String resource, LongConsumer check) {
		if (!resource.matches("/.*/\\{\\w+}")) {
			throw new IllegalArgumentException("Not a path ending in an id variable: " + resource);
		}
		this.resource = resource;
		this.variable = resource.substring(resource.lastIndexOf('{') + 1, resource.length() - 1);
		this.check = check;
	}

	/** Registers the check for the paths below the resource. */
	void register(InterceptorRegistry registry) {
		registry.addInterceptor(this).addPathPatterns(resource.replaceAll("\\{\\w+}", "*") + "/**");
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		String pattern = String.valueOf(request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE));
		if (!HttpMethod.GET.matches(request.getMethod()) && pattern.startsWith(resource + "/")) {
			Map<?, ?> variables = (Map<?, ?>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
			try {
				check.accept(Long.parseLong(String.valueOf(variables.get(variable))));
			}
			catch (NumberFormatException notAnId) {
				// the handler answers 400 for it
			}
		}
		return true;
	}
}
