package org.tongguan.open311.web;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tongguan.casework.CaseQueries;
import org.tongguan.casework.CaseSnapshot;
import org.tongguan.shared.PlatformProperties;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.SchemaProperty;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Open311 service requests: post one ({@code api_key} required), list them, read one by its id (the case number)
 * or by the token of its POST; each in {@code .xml} or {@code .json}. Reading is public and shows only what the
 * {@link PublicationPolicy} publishes: a case it does not publish is not found. The endpoint serves one jurisdiction,
 * so {@code jurisdiction_id} is accepted and ignored, as the specification allows.
 */
@RestController
@RequestMapping("/open311/v2")
@Tag(name = "Open311 GeoReport v2")
class RequestController {

	private final RequestIntake intake;

	private final CaseQueries cases;

	private final ServiceDirectory services;

	private final PublicationPolicy publication;

	private final Open311Properties properties;

	private final W3cDates dates;

	private final Clock clock;

	/** Casework's queries are looked up on first use, so Open311 never holds up or breaks the platform's start. */
	RequestController(RequestIntake intake, CaseQueries cases, ServiceDirectory services,
			PublicationPolicy publication, Open311Properties properties, PlatformProperties platform, Clock clock) {
		this.intake = intake;
		this.cases = cases;
		this.services = services;
		this.publication = publication;
		this.properties = properties;
		this.dates = new W3cDates(platform.zone());
		this.clock = clock;
	}

	/** POST Service Request (form-encoded). */
	@PostMapping("/requests.{format}")
	@Operation(summary = "Open311: report a matter (POST Service Request)", description = """
			A client with an API key for the purpose OPEN311 (`api_key`) posts a citizen's report as a form: \
			`service_code`, a place (`lat` + `long`, or `address_string`), `description`, optionally the citizen's \
			`first_name`, `last_name` and `phone` (kept protected), `media_url` and attributes such as \
			`attribute[urgency]`. The answer carries the case number as `service_request_id`. An \
			`Idempotency-Key` header makes retries safe; without one, a form identical to an earlier one answers \
			the earlier request. Errors are in the specification's format, not problem details.""")
	@ApiResponse(responseCode = "200", description = "The request made: service_request_id, service_notice, "
			+ "account_id", content = {
					@Content(mediaType = "application/json", array = @ArraySchema(schema = @Schema(type = "object",
							description = "service_request_id, service_notice, account_id"))),
					@Content(mediaType = "application/xml", schema = @Schema(type = "object",
							description = "<service_requests>")) })
	@ApiResponse(responseCode = "400", description = "Invalid form; each wrong parameter is named", content = {
			@Content(mediaType = "application/json", array = @ArraySchema(schema = @Schema(
					implementation = Open311ErrorView.class))),
			@Content(mediaType = "application/xml", schema = @Schema(type = "object", description = "<errors>")) })
	@ApiResponse(responseCode = "403", description = "No api_key, or not one for the purpose OPEN311")
	@ApiResponse(responseCode = "429", description = "Too many requests from this client; wait for `Retry-After`")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
			mediaType = "application/x-www-form-urlencoded", schemaProperties = {
					@SchemaProperty(name = "api_key", schema = @Schema(type = "string", requiredMode = REQUIRED)),
					@SchemaProperty(name = "service_code", schema = @Schema(type = "string", example = "E0101")),
					@SchemaProperty(name = "lat", schema = @Schema(type = "number", example = "22.5431")),
					@SchemaProperty(name = "long", schema = @Schema(type = "number", example = "114.0579")),
					@SchemaProperty(name = "address_string", schema = @Schema(type = "string")),
					@SchemaProperty(name = "description", schema = @Schema(type = "string")),
					@SchemaProperty(name = "first_name", schema = @Schema(type = "string")),
					@SchemaProperty(name = "last_name", schema = @Schema(type = "string")),
					@SchemaProperty(name = "phone", schema = @Schema(type = "string")),
					@SchemaProperty(name = "media_url", schema = @Schema(type = "string", format = "uri")),
					@SchemaProperty(name = "attribute[urgency]", schema = @Schema(type = "string",
							allowableValues = { "NORMAL", "URGENT", "CRITICAL" })),
					@SchemaProperty(name = "account_id", schema = @Schema(type = "string")) },
			examples = @ExampleObject("api_key=YOUR_KEY&service_code=E0101&lat=22.5431&long=114.0579"
					+ "&description=%E8%B7%AF%E8%BE%B9%E6%9A%B4%E9%9C%B2%E5%9E%83%E5%9C%BE&phone=13800138000")))
	ResponseEntity<byte[]> create(@PathVariable String format,
			@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> form,
			@Parameter(description = "makes a retry answer the first request instead of making a second case")
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
		Format answer = Format.of(format);
		return answer.ok(intake.report(new FormParameters(form), idempotencyKey));
	}

	/** GET Service Requests: by ids, or by service code, status and requested time. */
	@GetMapping("/requests.{format}")
	@Operation(summary = "Open311: find requests (GET Service Requests)", description = """
			Published requests, by `service_request_id` (comma-separated case numbers), or by `service_code`, \
			`status` (open, closed) and the requested time between `start_date` and `end_date` (W3C dates; a window \
			of at most the configured days, by default the last 90). Only what the publication policy publishes is \
			shown; the reporter never is.""")
	@Parameter(name = "service_request_id", in = ParameterIn.QUERY, description = "case numbers, comma-separated")
	@Parameter(name = "service_code", in = ParameterIn.QUERY, description = "service codes, comma-separated")
	@Parameter(name = "status", in = ParameterIn.QUERY, schema = @Schema(allowableValues = { "open", "closed" }))
	@Parameter(name = "start_date", in = ParameterIn.QUERY, example = "2026-03-01T00:00:00+08:00")
	@Parameter(name = "end_date", in = ParameterIn.QUERY, example = "2026-03-31T00:00:00+08:00")
	@ApiResponse(responseCode = "200", description = "The requests found", content = {
			@Content(mediaType = "application/json", array = @ArraySchema(schema = @Schema(type = "object",
					description = "service_request_id, status, service_code, description, requested_datetime, "
							+ "updated_datetime, address, lat, long ..."))),
			@Content(mediaType = "application/xml", schema = @Schema(type = "object",
					description = "<service_requests>")) })
	@ApiResponse(responseCode = "400", description = "Invalid parameters", content = {
			@Content(mediaType = "application/json", array = @ArraySchema(schema = @Schema(
					implementation = Open311ErrorView.class))),
			@Content(mediaType = "application/xml", schema = @Schema(type = "object", description = "<errors>")) })
	ResponseEntity<byte[]> list(@PathVariable String format,
			@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters) {
		Format answer = Format.of(format);
		RequestQuery query = RequestQuery.read(new FormParameters(parameters), dates, clock.instant(),
				properties.maxWindow(), properties.maxRequests());
		List<CaseSnapshot> found = query.search() == null
				? query.numbers().stream().map(cases::findByNumber).flatMap(Optional::stream).toList()
				: cases.search(publication.narrow(query.search()));
		return answer.ok(view().list(found.stream().map(publication::publish).flatMap(Optional::stream).toList()));
	}

	/** GET Service Request: one request, as a list of one. */
	@GetMapping("/requests/{id}.{format}")
	@Operation(summary = "Open311: one request (GET Service Request)", description = """
			One published request by its `service_request_id` (the case number), as a list of one; a request the \
			publication policy does not publish is not found.""")
	@ApiResponse(responseCode = "200", description = "The request, as a list of one", content = {
			@Content(mediaType = "application/json", array = @ArraySchema(schema = @Schema(type = "object",
					description = "service_request_id, status, service_code, description, requested_datetime ..."))),
			@Content(mediaType = "application/xml", schema = @Schema(type = "object",
					description = "<service_requests>")) })
	@ApiResponse(responseCode = "404", description = "No such published request", content = {
			@Content(mediaType = "application/json", array = @ArraySchema(schema = @Schema(
					implementation = Open311ErrorView.class))),
			@Content(mediaType = "application/xml", schema = @Schema(type = "object", description = "<errors>")) })
	ResponseEntity<byte[]> one(@PathVariable String id, @PathVariable String format) {
		Format answer = Format.of(format);
		CaseSnapshot found = cases.findByNumber(id)
			.flatMap(publication::publish)
			.orElseThrow(() -> Open311Exception.notFound("service_request_id '" + id + "' was not found"));
		return answer.ok(view().list(List.of(found)));
	}

	/** GET service_request_id from a token. */
	@GetMapping("/tokens/{token}.{format}")
	@Operation(summary = "Open311: request id from a token (GET service_request_id from a token)", description = """
			The `service_request_id` of the request a POST answered with this token.""")
	@ApiResponse(responseCode = "200", description = "The token and its service_request_id", content = {
			@Content(mediaType = "application/json", array = @ArraySchema(schema = @Schema(type = "object",
					description = "service_request_id, token"))),
			@Content(mediaType = "application/xml", schema = @Schema(type = "object",
					description = "<service_requests>")) })
	@ApiResponse(responseCode = "404", description = "No such token", content = {
			@Content(mediaType = "application/json", array = @ArraySchema(schema = @Schema(
					implementation = Open311ErrorView.class))),
			@Content(mediaType = "application/xml", schema = @Schema(type = "object", description = "<errors>")) })
	ResponseEntity<byte[]> token(@PathVariable String token, @PathVariable String format) {
		Format answer = Format.of(format);
		CaseSnapshot found = Tokens.parse(token)
			.flatMap(cases::find)
			.flatMap(publication::publish)
			.orElseThrow(() -> Open311Exception.notFound("token '" + token + "' was not found"));
		return answer.ok(Node.items("service_requests", List.of(Node.element("request",
				Node.value("service_request_id", found.number()), Node.value("token", token)))));
	}

	private RequestView view() {
		return new RequestView(dates, services.all(), id -> cases.master(id).flatMap(publication::publish));
	}
}
