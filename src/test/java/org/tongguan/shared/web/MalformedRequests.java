package org.tongguan.shared.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.StringJoiner;
import java.util.function.Function;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.UriUtils;
import org.tongguan.support.OpenApiOperations;
import org.tongguan.support.OpenApiOperations.Operation;
import org.tongguan.support.OpenApiOperations.Parameter;
import org.tongguan.support.OpenApiOperations.Property;

import tools.jackson.databind.json.JsonMapper;

/**
 * Malformed requests for one operation of the OpenAPI document, drawn from a seeded {@link Random} so every run sends
 * the same ones: wrong types and odd values in path and query parameters, missing required parameters, broken JSON,
 * wrong content types, bodies that lack required fields or carry wrong types, huge values and odd unicode.
 */
class MalformedRequests {

	/** Text a client should never be able to break the platform with: NUL, lone surrogates, RTL override, emoji. */
	static final List<String> ODD_TEXT = List.of("\u0000", "\uD800", "\uDFFF", "a\u202Egnp.exe", "😀👨‍👩‍👧",
			"e\u0301\u0301", "\uFEFF\u200B", "\r\n\t", "<script>alert(1)</script>", "' OR 1=1 --", "${jndi:ldap://x}",
			"%s%n", "..", "a/b", "a;b", "%", "\\", " ", "");

	private static final List<String> NUMBERS = List.of("abc", "1.5", "99999999999999999999999", "-9223372036854775809",
			"1e400", "NaN", "-1", "0x10", "");

	private static final List<String> DATES = List.of("yesterday", "2026-13-45T25:61:00Z", "+999999999-12-31T23:59:59Z",
			"0000-00-00", "2026-01-01", "1e10");

	private static final List<String> BAD_JSON = List.of("", "{", "[", "{\"a\":}", "null", "[]", "\"text\"", "123",
			"{}{", "{\"a\":\"\\ud800\"", "\u0000", "{\"a\":1,\"a\":2}", "[".repeat(5_000) + "]".repeat(5_000));

	private static final List<String> CONTENT_TYPES = List.of(MediaType.TEXT_PLAIN_VALUE,
			MediaType.APPLICATION_XML_VALUE, MediaType.MULTIPART_FORM_DATA_VALUE,
			MediaType.MULTIPART_FORM_DATA_VALUE + "; boundary=fuzz", MediaType.APPLICATION_FORM_URLENCODED_VALUE,
			"application/json; charset=klingon", "text/csv", "image/png", "garbage");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String HUGE = "九".repeat(200_000);

	private final Random random;

	MalformedRequests(long seed) {
		this.random = new Random(seed);
	}

	/** A request to the operation: a description of what is wrong with it, and the request itself. */
	record Malformed(String what, MockHttpServletRequestBuilder request) {
	}

	/** Malformed requests for the operation, every one with plausible values where it is not the thing broken. */
	List<Malformed> of(Operation operation) {
		List<Malformed> requests = new ArrayList<>();
		for (Parameter variable : operation.in("path")) {
			for (String value : pick(concat(ODD_TEXT, NUMBERS), 3)) {
				String path = operation.path(parameter -> encode(parameter == variable ? value
						: OpenApiOperations.plausible(operation, parameter)));
				requests.add(new Malformed("path " + variable.name() + "=" + shown(value), plain(operation, path)));
			}
		}
		List<Parameter> query = operation.in("query").stream().filter(Parameter::typed).toList();
		for (Parameter list : query.stream().filter(parameter -> parameter.type().equals("array")).toList()) {
			requests.add(new Malformed("query " + list.name() + " with blank elements",
					plain(operation, operation.plausiblePath()).queryParam(list.name(), " ,\t,")));
		}
		for (Parameter parameter : pick(query, 4)) {
			for (String value : pick(wrongValues(parameter), 2)) {
				requests.add(new Malformed("query " + parameter.name() + "=" + shown(value),
						plain(operation, operation.plausiblePath()).queryParam(parameter.name(), value)));
			}
		}
		if (query.stream().anyMatch(Parameter::required)) {
			requests.add(new Malformed("no query parameters", plain(operation, operation.plausiblePath())));
		}
		if (!operation.bodyTypes().isEmpty()) {
			requests.addAll(bodies(operation));
		}
		return requests;
	}

	/** Two requests without valid credentials: none at all, and a made-up bearer token. */
	List<Malformed> unauthenticated(Operation operation) {
		MockHttpServletRequestBuilder bare = operation.bodyTypes().isEmpty()
				? plain(operation, operation.plausiblePath())
				: body(operation, "", operation.bodyTypes().get(0), "{").request();
		MockHttpServletRequestBuilder token = plain(operation, operation.plausiblePath())
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + pick(ODD_TEXT, 1).get(0) + "made-up");
		return List.of(new Malformed("no credentials", bare), new Malformed("made-up bearer token", token));
	}

	private List<Malformed> bodies(Operation operation) {
		List<Malformed> requests = new ArrayList<>();
		String type = operation.bodyTypes().get(0);
		for (String json : pick(BAD_JSON, 4)) {
			requests.add(body(operation, "body " + shown(json), type, json));
		}
		for (String contentType : pick(CONTENT_TYPES, 3)) {
			requests.add(body(operation, "content type " + contentType, contentType, "{\"a\":1}"));
		}
		requests.add(new Malformed("no content type, no body", plain(operation, operation.plausiblePath())));
		requests.add(body(operation, "body {}", MediaType.APPLICATION_JSON_VALUE, "{}"));
		requests.add(body(operation, "huge body", type, "{\"a\":\"" + HUGE + "\"}"));
		for (Property property : pick(operation.bodyProperties(), 4)) {
			String value = wrongJson(property);
			requests.add(body(operation, "body " + property.name() + "=" + shown(value),
					MediaType.APPLICATION_JSON_VALUE,
					json(operation.bodyProperties(), wrong -> wrong == property ? value : null)));
		}
		if (!operation.bodyProperties().isEmpty()) {
			String odd = pick(ODD_TEXT, 1).get(0);
			requests.add(body(operation, "odd text in every string", MediaType.APPLICATION_JSON_VALUE,
					json(operation.bodyProperties(),
							property -> property.type().equals("string") ? quoted(odd) : null)));
		}
		return requests;
	}

	private Malformed body(Operation operation, String what, String contentType, String content) {
		return new Malformed(what, plain(operation, operation.plausiblePath())
			.header(HttpHeaders.CONTENT_TYPE, contentType)
			.content(content.getBytes(StandardCharsets.UTF_8)));
	}

	private List<String> wrongValues(Parameter parameter) {
		if ("date-time".equals(parameter.format())) {
			return concat(DATES, ODD_TEXT);
		}
		return switch (parameter.type()) {
			case "integer", "number" -> NUMBERS;
			case "boolean" -> List.of("maybe", "2", "", "\u0000");
			default -> concat(ODD_TEXT, List.of(HUGE));
		};
	}

	private String wrongJson(Property property) {
		List<String> values = switch (property.type()) {
			case "string" -> List.of("12345", "{}", "[]", "true", "\"" + HUGE + "\"", "\"\\u0000\\ud800\"");
			case "integer", "number" -> List.of("\"abc\"", "1e400", "99999999999999999999999", "{}", "-1", "1.5");
			case "boolean" -> List.of("\"yes\"", "2", "[]");
			case "array" -> List.of("\"x\"", "{}", "[null]", "[[[]]]", "[" + "1,".repeat(10_000) + "1]");
			default -> List.of("\"x\"", "[]", "12", "{\"a\":{\"b\":{}}}");
		};
		return pick(values, 1).get(0);
	}

	/** A JSON object with every property: the value {@code values} gives, or a plausible one where it gives none. */
	private static String json(List<Property> properties, Function<Property, String> values) {
		StringJoiner object = new StringJoiner(",", "{", "}");
		for (Property property : properties) {
			String value = values.apply(property);
			object.add(quoted(property.name()) + ":" + (value != null ? value : switch (property.type()) {
				case "string" -> "\"x\"";
				case "integer", "number" -> "1";
				case "boolean" -> "true";
				case "array" -> "[]";
				default -> "{}";
			}));
		}
		return object.toString();
	}

	private static String quoted(String text) {
		return JSON.writeValueAsString(text);
	}

	private static MockHttpServletRequestBuilder plain(Operation operation, String path) {
		return request(operation.method(), URI.create(path));
	}

	private static String encode(String value) {
		return UriUtils.encodePathSegment(value, StandardCharsets.UTF_8);
	}

	private <T> List<T> pick(List<T> from, int count) {
		List<T> shuffled = new ArrayList<>(from);
		Collections.shuffle(shuffled, random);
		return shuffled.subList(0, Math.min(count, shuffled.size()));
	}

	private static <T> List<T> concat(List<T> first, List<T> second) {
		List<T> both = new ArrayList<>(first);
		both.addAll(second);
		return both;
	}

	/** The value as a test report can show it: short, with control characters escaped. */
	static String shown(String value) {
		Function<String, String> escaped = text -> text.codePoints()
			.mapToObj(point -> point < 0x20 || point == 0x7f ? String.format("\\u%04x", point)
					: new String(Character.toChars(point)))
			.reduce("", String::concat);
		return value.length() > 120 ? escaped.apply(value.substring(0, 120)) + "…(" + value.length() + ")"
				: escaped.apply(value);
	}
}
