package org.tongguan.shared.web;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;

/**
 * Documents the error answers every operation shares, so that a controller only annotates what is its own: a 400
 * for an operation that takes input, a 404 for one that names a thing in its path (unless it is public), a 415 for
 * one with a body, and
 * the RFC 9457 problem-detail schema ({@code ProblemDetail}, with {@code errors[]} of {@code {field, message}}) on
 * every 4xx and 5xx answer that does not declare a body of its own. An operation that declares its own error
 * format (a 4xx answer with a body, as the Open311 endpoints do) gets that format on its other error answers
 * instead. Runs after the access documentation (401/403), so those get the schema too.
 */
@Component
class ProblemAnswersDocumentation implements OperationCustomizer, OpenApiCustomizer, Ordered {

	/** The name of the problem-detail schema under {@code components/schemas}. */
	static final String PROBLEM = "ProblemDetail";

	private static final String VIOLATION = "Violation";

	private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

	/**
	 * Path variables that select a representation or a kind rather than name a stored thing: a wrong value is
	 * invalid input (400), not an unknown thing (404).
	 */
	private static final Set<String> NOT_IDENTIFIERS = Set.of("format", "level", "kind", "field");

	private static final Map<Integer, String> MEANINGS = Map.of(400,
			"Invalid input: the problem's `errors[]` names every wrong field, line or feature; nothing is stored.", 401,
			"Not authenticated: log in, or send `Authorization: Bearer <token>` or `X-API-Key`.", 403,
			"Authenticated, but the caller's role or data scope does not allow this.", 404,
			"No such thing, or it lies outside the caller's data scope.", 409,
			"Conflicts with the current state (already done, changed meanwhile, or a duplicate).", 413,
			"The body is larger than the platform accepts.", 415,
			"The body's `Content-Type` is not one this operation reads.", 422,
			"Well-formed, but not allowed in the current state.", 429,
			"Too many requests: wait for the time in `Retry-After`.", 503, "Temporarily unavailable; try again later.");

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

	/**
	 * Forgets the body springdoc gives an error answer declared without one (it repeats the method's return type),
	 * so that the answer gets the operation's error format below.
	 */
	@Override
	public Operation customize(Operation operation, HandlerMethod handler) {
		if (operation.getResponses() == null) {
			return operation;
		}
		AnnotatedElementUtils
			.findMergedRepeatableAnnotations(handler.getMethod(),
					io.swagger.v3.oas.annotations.responses.ApiResponse.class)
			.stream()
			.filter(declared -> declared.responseCode().matches("[45]\\d\\d") && declared.content().length == 0)
			.map(declared -> operation.getResponses().get(declared.responseCode()))
			.filter(Objects::nonNull)
			.forEach(response -> response.setContent(null));
		return operation;
	}

	@Override
	public void customise(OpenAPI openApi) {
		openApi.getComponents().addSchemas(VIOLATION, violation()).addSchemas(PROBLEM, problem());
		if (openApi.getPaths() == null) {
			return;
		}
		openApi.getPaths().forEach((path, item) -> item.readOperations().forEach(operation -> {
			ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
			if (takesInput(operation)) {
				responses.putIfAbsent("400", new ApiResponse());
			}
			if (namesAThing(path) && !isPublic(operation)) {
				responses.putIfAbsent("404", new ApiResponse());
			}
			if (operation.getRequestBody() != null) {
				responses.putIfAbsent("415", new ApiResponse());
			}
			Content errorFormat = declaredErrorFormat(responses);
			responses.forEach((code, response) -> describeError(code, response, errorFormat));
			operation.setResponses(sorted(responses));
		}));
	}

	private static boolean takesInput(Operation operation) {
		List<Parameter> parameters = operation.getParameters();
		return operation.getRequestBody() != null || parameters != null && !parameters.isEmpty();
	}

	/**
	 * A public operation (no security requirement) declares its own 404, if any: the generic one speaks of the
	 * caller's data scope, and a public path may answer an unknown thing otherwise (e.g. 401 for an unknown device).
	 */
	private static boolean isPublic(Operation operation) {
		return operation.getSecurity() != null && operation.getSecurity().isEmpty();
	}

	private static boolean namesAThing(String path) {
		Matcher variables = VARIABLE.matcher(path);
		while (variables.find()) {
			if (!NOT_IDENTIFIERS.contains(variables.group(1))) {
				return true;
			}
		}
		return false;
	}

	/** The body of the operation's own first error answer that has one, else the problem detail. */
	private static Content declaredErrorFormat(ApiResponses responses) {
		return new TreeMap<>(responses).entrySet()
			.stream()
			.filter(response -> response.getKey().startsWith("4") && response.getValue().getContent() != null
					&& !response.getValue().getContent().isEmpty())
			.map(response -> response.getValue().getContent())
			.findFirst()
			.orElseGet(() -> new Content().addMediaType(MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					new io.swagger.v3.oas.models.media.MediaType()
						.schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
	}

	private static void describeError(String code, ApiResponse response, Content errorFormat) {
		int status = code.matches("\\d{3}") ? Integer.parseInt(code) : 0;
		if (status < 400) {
			return;
		}
		if (response.getDescription() == null || response.getDescription().isBlank()) {
			HttpStatus known = HttpStatus.resolve(status);
			response.setDescription(MEANINGS.getOrDefault(status, known == null ? "Error" : known.getReasonPhrase()));
		}
		if (response.getContent() == null || response.getContent().isEmpty()) {
			response.setContent(errorFormat);
		}
	}

	private static ApiResponses sorted(ApiResponses responses) {
		ApiResponses sorted = new ApiResponses();
		new TreeMap<>(responses).forEach(sorted::addApiResponse);
		sorted.setExtensions(responses.getExtensions());
		return sorted;
	}

	private static Schema<?> violation() {
		return new ObjectSchema().description("One thing wrong with a request: where and what.")
			.addProperty("field", new StringSchema().description("Where: a field path, a feature or a line")
				.example("line 12"))
			.addProperty("message", new StringSchema().description("What is wrong, in words an operator understands")
				.example("unknown category 'E9999'"))
			.required(List.of("field", "message"));
	}

	private static Schema<?> problem() {
		return new ObjectSchema().description("RFC 9457 problem detail, the answer of every error.")
			.addProperty("type", new StringSchema().example("about:blank"))
			.addProperty("title", new StringSchema().example("Invalid input"))
			.addProperty("status", new IntegerSchema().example(400))
			.addProperty("detail", new StringSchema().example("The request has 1 invalid field."))
			.addProperty("instance", new StringSchema().example("/api/cases"))
			.addProperty("errors", new ArraySchema().items(new Schema<>().$ref("#/components/schemas/" + VIOLATION))
				.description("Every violation, for invalid input (400)"));
	}
}
