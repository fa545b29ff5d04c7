package org.tongguan.open311.web;

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

/**
 * Open311 service requests: post one ({@code api_key} required), list them, read one by its id (the case number)
 * or by the token of its POST; each in {@code .xml} or {@code .json}. Reading is public and shows only what the
 * {@link PublicationPolicy} publishes: a case it does not publish is not found. The endpoint serves one jurisdiction,
 * so {@code jurisdiction_id} is accepted and ignored, as the specification allows.
 */
@RestController
@RequestMapping("/open311/v2")
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
	ResponseEntity<byte[]> create(@PathVariable String format, @RequestParam MultiValueMap<String, String> form,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
		Format answer = Format.of(format);
		return answer.ok(intake.report(new FormParameters(form), idempotencyKey));
	}

	/** GET Service Requests: by ids, or by service code, status and requested time. */
	@GetMapping("/requests.{format}")
	ResponseEntity<byte[]> list(@PathVariable String format, @RequestParam MultiValueMap<String, String> parameters) {
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
	ResponseEntity<byte[]> one(@PathVariable String id, @PathVariable String format) {
		Format answer = Format.of(format);
		CaseSnapshot found = cases.findByNumber(id)
			.flatMap(publication::publish)
			.orElseThrow(() -> Open311Exception.notFound("service_request_id '" + id + "' was not found"));
		return answer.ok(view().list(List.of(found)));
	}

	/** GET service_request_id from a token. */
	@GetMapping("/tokens/{token}.{format}")
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
