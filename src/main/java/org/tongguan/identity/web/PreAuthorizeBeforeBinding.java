package org.tongguan.identity.web;

import java.lang.reflect.Method;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Decides a controller method's {@code @PreAuthorize} before its arguments are bound, so a caller whose role does not
 * allow the call gets 403 rather than a 400 or 415 about a body they should not have sent. Expressions that read the
 * method's arguments ({@code #name}) are left to the call itself, where method security decides them as before.
 */
final class PreAuthorizeBeforeBinding implements HandlerInterceptor {

	private final PreAuthorizeAuthorizationManager rules = new PreAuthorizeAuthorizationManager();

	PreAuthorizeBeforeBinding(ApplicationContext context) {
		rules.setApplicationContext(context);
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		// An async dispatch finishes a request decided before (a live stream that outlived its session).
		if (request.getDispatcherType() != DispatcherType.ASYNC && handler instanceof HandlerMethod method
				&& decidedByRoleAlone(method)) {
			Method target = method.getMethod();
			rules.verify(SecurityContextHolder.getContextHolderStrategy().getContext()::getAuthentication,
					new SimpleMethodInvocation(method.getBean(), target, new Object[target.getParameterCount()]));
		}
		return true;
	}

	private static boolean decidedByRoleAlone(HandlerMethod method) {
		PreAuthorize rule = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), PreAuthorize.class);
		if (rule == null) {
			rule = AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), PreAuthorize.class);
		}
		return rule != null && !rule.value().contains("#");
	}
}
