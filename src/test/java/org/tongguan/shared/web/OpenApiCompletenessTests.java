package org.tongguan.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.tongguan.support.OpenApiOperations;
import org.tongguan.support.OpenApiOperations.Operation;
import org.tongguan.support.PlatformTest;

import tools.jackson.databind.JsonNode;

/**
 * The OpenAPI document describes every operation well enough for a newcomer: a summary, a description of its own,
 * a success answer with a schema (unless it answers 204 or a redirect), its error answers with the problem-detail
 * schema (400 where it takes input, 401 unless public, 403 where its {@code @PreAuthorize} restricts the roles, named
 * in the description), and an example of every request body but a multipart upload (for JSON, one that uses only
 * the body's properties). Read without a login, as a newcomer would. A failure names every offending operation and
 * what it lacks.
 */
@PlatformTest
class OpenApiCompletenessTests {

	/** The sentence the access documentation appends; a description must say more than that. */
	private static final Pattern ACCESS_SENTENCE = Pattern.compile("\\*\\*(Who may call|Roles):\\*\\*[^\\n]*$");

	private static final Pattern VARIABLE = Pattern.compile("\\{[^}]+}");

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping handlers;

	JsonNode document;

	List<Operation> operations;

	@BeforeEach
	void readDocument() throws Exception {
		document = OpenApiOperations.document(mvc);
		operations = OpenApiOperations.read(document);
	}

	@Test
	void everyOperationHasASummaryADescriptionASuccessSchemaItsErrorAnswersAndExamples() {
		Map<String, List<String>> gaps = new LinkedHashMap<>();
		for (Operation operation : operations) {
			List<String> lacks = lacks(operation);
			if (!lacks.isEmpty()) {
				gaps.put(operation.toString(), lacks);
			}
		}
		assertThat(operations).as("operations in /v3/api-docs").hasSizeGreaterThan(100);
		assertThat(gaps).as("operations whose description is incomplete:%n%s", gaps.entrySet()
			.stream()
			.map(gap -> "  " + gap.getKey() + " lacks " + String.join(", ", gap.getValue()))
			.collect(Collectors.joining("\n"))).isEmpty();
	}

	@Test
	void everyRoleRestrictedHandlerIsDocumentedWithItsRolesAndA403() {
		List<String> gaps = new ArrayList<>();
		handlers.getHandlerMethods().forEach((mapping, handler) -> {
			List<String> roles = roles(handler);
			if (roles.isEmpty() || mapping.getPathPatternsCondition() == null) {
				return;
			}
			mapping.getMethodsCondition().getMethods().forEach(method -> mapping.getPathPatternsCondition()
				.getPatternValues()
				.forEach(path -> {
					JsonNode node = document.path("paths").path(path).path(method.name().toLowerCase());
					if (node.isMissingNode()) {
						return;
					}
					String description = node.path("description").asString("");
					List<String> missing = roles.stream().filter(role -> !description.contains(role)).toList();
					if (!node.path("responses").has("403") || !missing.isEmpty()) {
						gaps.add(method + " " + path + " (403 or roles " + missing + " in its description)");
					}
				}));
		});
		assertThat(gaps).as("role-restricted operations documented without their roles").isEmpty();
	}

	@Test
	void namesTheIdempotencyKeyHeaderOnIntakeAndItsEnumerationsAsEnums() throws Exception {
		for (String intake : List.of("/api/cases", "/api/public/cases")) {
			assertThat(document.path("paths").path(intake).path("post").path("parameters").valueStream()
				.filter(parameter -> parameter.path("in").asString().equals("header")
						&& parameter.path("required").asBoolean())
				.map(parameter -> parameter.path("name").asString()))
				.as("required header parameters of POST %s", intake)
				.contains("Idempotency-Key");
		}
		JsonNode upload = document.path("paths").path("/api/attachments").path("post");
		assertThat(upload.toString()).as("POST /api/attachments")
			.contains("\"enum\":[\"BEFORE\",\"AFTER\",\"DOCUMENT\"]");
		assertThat(document.path("paths").path("/api/calendar/deadline").path("get").toString())
			.as("GET /api/calendar/deadline")
			.contains("\"enum\":[\"WORKING_HOURS\",\"WORKING_DAYS\"]");
		assertThat(document.path("paths").path("/api/regions").path("get").toString()).as("GET /api/regions")
			.contains("\"DISTRICT\",\"STREET\",\"COMMUNITY\",\"GRID\"]");
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.components.schemas.ProblemDetail.properties.errors").exists());
	}

	private List<String> lacks(Operation operation) {
		JsonNode node = operation.definition();
		List<String> lacks = new ArrayList<>();
		if (node.path("summary").asString("").isBlank()) {
			lacks.add("a summary");
		}
		if (ACCESS_SENTENCE.matcher(node.path("description").asString("").strip()).replaceAll("").isBlank()) {
			lacks.add("a description");
		}
		JsonNode responses = node.path("responses");
		if (!answersWithSchema(responses)) {
			lacks.add("a 2xx answer with a schema");
		}
		boolean isPublic = node.has("security") && node.path("security").isEmpty();
		boolean takesInput = !operation.parameters().isEmpty() || node.has("requestBody");
		expect(responses, takesInput, "400", lacks);
		expect(responses, !isPublic, "401", lacks);
		expect(responses, VARIABLE.matcher(operation.path()).find() && !isPublic
				&& !operation.path().matches(".*\\{(format|level|kind|field)}.*"), "404", lacks);
		responses.properties().forEach(response -> {
			if (response.getKey().matches("[45]\\d\\d") && !errorFormat(operation, response.getValue())) {
				lacks.add("the problem-detail schema for " + response.getKey());
			}
		});
		node.path("requestBody").path("content").properties().forEach(media -> {
			boolean example = !media.getValue().path("examples").isEmpty() || media.getValue().has("example");
			if (!media.getKey().startsWith("multipart/") && !example) {
				lacks.add("an example of its " + media.getKey() + " body");
			}
		});
		JsonNode json = node.path("requestBody").path("content").path("application/json");
		unknownProperties(operation, json.path("example")).forEach(name -> lacks.add("the example's property '"
				+ name + "' in its body schema"));
		return lacks;
	}

	/** Whether an error answer has the platform's problem detail (Open311: the specification's error list). */
	private static boolean errorFormat(Operation operation, JsonNode response) {
		String content = response.path("content").toString();
		return operation.open311() ? content.contains("Open311Error") : content.contains("/ProblemDetail\"");
	}

	/** The top-level properties of an object example that the body's schema does not have. */
	private static List<String> unknownProperties(Operation operation, JsonNode example) {
		if (!example.isObject() || operation.bodyProperties().isEmpty()) {
			return List.of();
		}
		List<String> known = operation.bodyProperties().stream().map(OpenApiOperations.Property::name).toList();
		return example.propertyNames().stream().filter(name -> !known.contains(name)).toList();
	}

	private static void expect(JsonNode responses, boolean applies, String status, List<String> lacks) {
		if (applies && !responses.has(status)) {
			lacks.add("a " + status + " answer");
		}
	}

	private static boolean answersWithSchema(JsonNode responses) {
		for (var response : responses.properties()) {
			String status = response.getKey();
			if (status.equals("204") || status.startsWith("3")) {
				return true;
			}
			if (status.startsWith("2")) {
				for (JsonNode media : response.getValue().path("content")) {
					if (described(media.path("schema"))) {
						return true;
					}
				}
			}
		}
		return false;
	}

	/** A schema that says something: a reference, items, properties, a type other than object, or a description. */
	private static boolean described(JsonNode schema) {
		return schema.has("$ref") || schema.has("items") || schema.has("properties") || schema.has("description")
				|| schema.has("type") && !schema.path("type").asString().equals("object");
	}

	private static List<String> roles(HandlerMethod handler) {
		PreAuthorize rule = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), PreAuthorize.class);
		if (rule == null) {
			rule = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), PreAuthorize.class);
		}
		if (rule == null) {
			return List.of();
		}
		return Pattern.compile("'(?:ROLE_)?([A-Z_]+)'")
			.matcher(rule.value())
			.results()
			.map(match -> match.group(1))
			.toList();
	}
}
