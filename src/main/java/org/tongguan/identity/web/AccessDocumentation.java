package org.tongguan.identity.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.server.PathContainer;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import org.tongguan.identity.PublicPaths;
import org.tongguan.identity.Role;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;

/**
 * Documents who may call each operation, from the same rules the security configuration enforces: the roles of its
 * {@code @PreAuthorize} expression (or ADMIN under {@code /api/admin/**}) are listed at the end of its description
 * and under {@code x-roles}, with a 403 answer; every operation outside the {@link PublicPaths} (and those annotated
 * {@code @SecurityRequirements()}) gets a 401 answer; public ones are marked as needing no credentials.
 */
@Component
class AccessDocumentation implements OperationCustomizer, OpenApiCustomizer, Ordered {

	/** The extension listing the roles that may call an operation, e.g. {@code ["OPERATOR", "SHIFT_LEAD"]}. */
	static final String ROLES = "x-roles";

	private static final Pattern ROLE_CHECK = Pattern
		.compile("has(?:Any)?(?:Role|Authority)\\s*\\(([^)]*)\\)");

	private static final Pattern QUOTED = Pattern.compile("'(?:ROLE_)?([A-Z_]+)'");

	private static final String ADMINISTRATION = "/api/admin/";

	private final ObjectProvider<PublicPaths> publicPaths;

	AccessDocumentation(ObjectProvider<PublicPaths> publicPaths) {
		this.publicPaths = publicPaths;
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

	/** Records the roles of the handler's {@code @PreAuthorize} (on the method, else on its class). */
	@Override
	public Operation customize(Operation operation, HandlerMethod handler) {
		PreAuthorize rule = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), PreAuthorize.class);
		if (rule == null) {
			rule = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), PreAuthorize.class);
		}
		List<String> roles = rule == null ? List.of() : roles(rule.value());
		if (!roles.isEmpty()) {
			operation.addExtension(ROLES, roles);
		}
		return operation;
	}

	@Override
	public void customise(OpenAPI openApi) {
		if (openApi.getPaths() == null) {
			return;
		}
		List<PathPattern> open = publicPatterns();
		openApi.getPaths().forEach((path, item) -> item.readOperations().forEach(operation -> {
			boolean isPublic = isDeclaredPublic(operation)
					|| open.stream().anyMatch(pattern -> pattern.matches(PathContainer.parsePath(path)));
			ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
			operation.setResponses(responses);
			if (isPublic) {
				operation.setSecurity(new ArrayList<>());
				appendToDescription(operation, "**Who may call:** anyone (public): no user login, bearer token or `X-API-Key` needed.");
				return;
			}
			responses.putIfAbsent("401", new ApiResponse());
			List<String> roles = roles(path, operation);
			if (roles.isEmpty()) {
				appendToDescription(operation, "**Who may call:** any signed-in user or API key (within its data "
						+ "scope).");
				return;
			}
			responses.putIfAbsent("403", new ApiResponse().description("The caller's role is none of "
					+ String.join(", ", roles) + ", or the thing lies outside the caller's data scope."));
			appendToDescription(operation, "**Roles:** " + roles.stream()
				.map(AccessDocumentation::label)
				.collect(Collectors.joining(", ")) + ".");
		}));
	}

	@SuppressWarnings("unchecked")
	private static List<String> roles(String path, Operation operation) {
		Object declared = operation.getExtensions() == null ? null : operation.getExtensions().get(ROLES);
		if (declared instanceof List<?> roles && !roles.isEmpty()) {
			return (List<String>) roles;
		}
		if (path.startsWith(ADMINISTRATION)) {
			operation.addExtension(ROLES, List.of(Role.ADMIN.name()));
			return List.of(Role.ADMIN.name());
		}
		return List.of();
	}

	/** The role names a Spring Security expression checks with hasRole/hasAnyRole/hasAuthority, in its order. */
	static List<String> roles(String expression) {
		Set<String> roles = new LinkedHashSet<>();
		Matcher checks = ROLE_CHECK.matcher(expression);
		while (checks.find()) {
			Matcher names = QUOTED.matcher(checks.group(1));
			while (names.find()) {
				roles.add(names.group(1));
			}
		}
		return List.copyOf(roles);
	}

	private static String label(String role) {
		for (Role known : Role.values()) {
			if (known.name().equals(role)) {
				return known.label() + " " + role;
			}
		}
		return role;
	}

	/** An operation annotated {@code @SecurityRequirements()} declares an empty list: it needs no credentials. */
	private static boolean isDeclaredPublic(Operation operation) {
		return operation.getSecurity() != null && operation.getSecurity().isEmpty();
	}

	private List<PathPattern> publicPatterns() {
		List<PathPattern> patterns = new ArrayList<>();
		publicPaths.orderedStream()
			.forEach(paths -> paths.patterns().forEach(pattern -> patterns.add(PathPatternParser.defaultInstance
				.parse(pattern))));
		return patterns;
	}

	private static void appendToDescription(Operation operation, String sentence) {
		String description = operation.getDescription();
		if (description != null && description.contains(sentence)) {
			return;
		}
		operation.setDescription(description == null || description.isBlank() ? sentence
				: description.stripTrailing() + "\n\n" + sentence);
	}
}
