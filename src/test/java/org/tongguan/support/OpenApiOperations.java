package org.tongguan.support;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.UriUtils;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The operations of the platform's OpenAPI document ({@code /v3/api-docs}), read at test time so that tests which
 * cover every endpoint also cover the next one without being edited; with values the demo data knows for their
 * parameters.
 */
public final class OpenApiOperations {

	private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

	/** Values of the demo city for path variables, by the path segment before the variable. */
	private static final Map<String, String> CODES = Map.of("regions", "440304", "departments", "440304-CHENGGUAN",
			"categories", "E0101", "services", "E0101", "devices", "WL-440303-0001", "device-types", "water-level",
			"users", "admin");

	/** Values by parameter name, where the name alone says what is plausible. */
	private static final Map<String, String> NAMED = Map.of("format", "json", "longitude", "114.0579", "lon",
			"114.0579", "latitude", "22.5431", "lat", "22.5431", "metric", "waterLevel", "page", "0", "size", "20",
			"level", "DISTRICT");

	private OpenApiOperations() {
	}

	/** One parameter of an operation: where it goes ({@code path}, {@code query}, {@code header}) and its type. */
	public record Parameter(String name, String in, boolean required, String type, String format) {

		/** Whether the document gives the parameter a simple type (not a map bound from all query parameters). */
		public boolean typed() {
			return type != null;
		}
	}

	/** A property of a request body's JSON schema. */
	public record Property(String name, String type, boolean required) {
	}

	/**
	 * One operation: its method, path template, parameters, the media types its request body may have, the
	 * top-level properties of a JSON body, and the operation's whole object in the document.
	 */
	public record Operation(HttpMethod method, String path, List<Parameter> parameters, List<String> bodyTypes,
			List<Property> bodyProperties, JsonNode definition) {

		/** The parameters that go in this place ({@code path}, {@code query} or {@code header}). */
		public List<Parameter> in(String place) {
			return parameters.stream().filter(parameter -> parameter.in().equals(place)).toList();
		}

		/** The path with every variable replaced by the (already percent-encoded) segment given for it. */
		public String path(Function<Parameter, String> segments) {
			Map<String, Parameter> variables = new LinkedHashMap<>();
			in("path").forEach(parameter -> variables.put(parameter.name(), parameter));
			Matcher matcher = VARIABLE.matcher(path);
			StringBuilder expanded = new StringBuilder();
			while (matcher.find()) {
				Parameter parameter = variables.get(matcher.group(1));
				String segment = parameter == null ? "1" : segments.apply(parameter);
				matcher.appendReplacement(expanded, Matcher.quoteReplacement(segment));
			}
			matcher.appendTail(expanded);
			return expanded.toString();
		}

		/** The path with plausible values of the demo data in its variables. */
		public String plausiblePath() {
			return path(parameter -> UriUtils.encodePathSegment(plausible(this, parameter), StandardCharsets.UTF_8));
		}

		/** Whether the operation belongs to the Open311 API, which answers errors in that specification's format. */
		public boolean open311() {
			return path.startsWith("/open311/");
		}

		@Override
		public String toString() {
			return method + " " + path;
		}
	}

	/** Reads the operations from {@code /v3/api-docs}, as whoever the test runs as. */
	public static List<Operation> read(MockMvc mvc) throws Exception {
		return read(document(mvc));
	}

	/** Reads the whole document {@code /v3/api-docs}, as whoever the test runs as. */
	public static JsonNode document(MockMvc mvc) throws Exception {
		String document = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
		return JsonMapper.builder().build().readTree(document);
	}

	/** The operations of a document read with {@link #document(MockMvc)}. */
	public static List<Operation> read(JsonNode root) {
		List<Operation> operations = new ArrayList<>();
		root.path("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
			JsonNode node = operation.getValue();
			JsonNode content = node.path("requestBody").path("content");
			operations.add(new Operation(HttpMethod.valueOf(operation.getKey().toUpperCase()), path.getKey(),
					parameters(node.path("parameters")), new ArrayList<>(content.propertyNames()),
					properties(resolve(root, content.path("application/json").path("schema"))), node));
		}));
		return operations;
	}

	/** A value the demo data knows for the parameter, or a harmless one where nothing better is at hand. */
	public static String plausible(Operation operation, Parameter parameter) {
		if (NAMED.containsKey(parameter.name())) {
			return NAMED.get(parameter.name());
		}
		if ("date-time".equals(parameter.format())) {
			return "2026-01-01T00:00:00Z";
		}
		if ("boolean".equals(parameter.type())) {
			return "true";
		}
		if (parameter.in().equals("path") && List.of("code", "username").contains(parameter.name())) {
			String before = operation.path().substring(0, operation.path().indexOf("{" + parameter.name() + "}"));
			String[] segments = before.split("/");
			return CODES.getOrDefault(segments[segments.length - 1], "1");
		}
		return "1";
	}

	private static List<Parameter> parameters(JsonNode parameters) {
		List<Parameter> read = new ArrayList<>();
		for (JsonNode parameter : parameters) {
			JsonNode schema = parameter.path("schema");
			read.add(new Parameter(parameter.path("name").asString(), parameter.path("in").asString(),
					parameter.path("required").asBoolean(), schema.path("type").asString(null),
					schema.path("format").asString(null)));
		}
		return read;
	}

	/** The schema a {@code $ref} names in the document's components, or the schema itself when it is no reference. */
	public static JsonNode resolve(JsonNode root, JsonNode schema) {
		String reference = schema.path("$ref").asString("");
		return reference.startsWith("#/components/schemas/")
				? root.path("components").path("schemas").path(reference.substring("#/components/schemas/".length()))
				: schema;
	}

	private static List<Property> properties(JsonNode schema) {
		List<String> required = new ArrayList<>();
		schema.path("required").forEach(name -> required.add(name.asString()));
		List<Property> properties = new ArrayList<>();
		schema.path("properties").properties().forEach(property -> properties.add(new Property(property.getKey(),
				property.getValue().path("type").asString("object"), required.contains(property.getKey()))));
		return properties;
	}
}
