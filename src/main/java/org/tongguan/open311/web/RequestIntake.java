package org.tongguan.open311.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.tongguan.casework.CaseIntake;
import org.tongguan.casework.CaseSnapshot;
import org.tongguan.identity.ApiKeyPurpose;
import org.tongguan.identity.Caller;
import org.tongguan.identity.ExternalSystems;
import org.tongguan.shared.PlatformProperties;

/**
 * Posts service requests: checks the {@code api_key} (403 without a valid key for the purpose OPEN311), reads the form and reports the case
 * through casework's intake as the external system the key belongs to (外部系统), so the case's timeline names it.
 * The log names the case, the service and the key, never the reporter.
 */
@Component
class RequestIntake {

	private static final Logger log = LoggerFactory.getLogger(RequestIntake.class);

	private final ExternalSystems externalSystems;

	private final ServiceDirectory services;

	private final CaseIntake intake;

	private final Clock clock;

	private final PlatformProperties platform;

	/** Casework's intake is looked up on first use, so Open311 never holds up or breaks the platform's start. */
	RequestIntake(ExternalSystems externalSystems, ServiceDirectory services, CaseIntake intake, Clock clock,
			PlatformProperties platform) {
		this.externalSystems = externalSystems;
		this.services = services;
		this.intake = intake;
		this.clock = clock;
		this.platform = platform;
	}

	/** Reports the form's case and answers the {@code service_requests} document with the new request. */
	Node report(FormParameters form, String idempotencyKey) {
		String apiKey = form.single("api_key");
		if (apiKey == null) {
			throw Open311Exception.forbidden("api_key was not provided -- can't proceed with create_request.");
		}
		Caller caller = externalSystems.authenticate(apiKey, ApiKeyPurpose.OPEN311)
			.orElseThrow(() -> Open311Exception
				.forbidden("Invalid api_key received -- can't proceed with create_request."));
		ReportForm request = ReportForm.read(form, apiKey, idempotencyKey, services,
				LocalDate.now(clock.withZone(platform.zone())));
		CaseSnapshot created = intake.report(caller, request.report());
		log.info("Open311 service request {} ({}) posted with API key {}", created.number(), request.service().code(),
				caller.username());
		return Node.items("service_requests",
				List.of(Node.element("request", Node.value("service_request_id", created.number()),
						Node.value("token", Tokens.of(created.id())),
						Node.value("service_notice", request.service().notice(request.urgency())),
						Node.value("account_id", request.accountId()))));
	}
}
