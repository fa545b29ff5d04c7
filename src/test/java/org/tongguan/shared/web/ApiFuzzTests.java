package org.tongguan.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import org.tongguan.shared.web.MalformedRequests.Malformed;
import org.tongguan.support.OpenApiOperations;
import org.tongguan.support.OpenApiOperations.Operation;
import org.tongguan.support.PlatformTest;
import org.tongguan.support.WithDemoUser;

/**
 * Sends every operation of the OpenAPI document malformed requests (a fixed seed, so the same ones every run), as an
 * administrator and without credentials, and requires a problem detail for every one: no server error, no client
 * error in another format. Some malformed requests are valid enough to change data (a demo user's password, a device
 * type), so the application context is not reused after this class.
 */
@PlatformTest
@DirtiesContext
class ApiFuzzTests {

	/** The run's seed; {@code -Dtongguan.fuzz.seed=…} explores other requests or reproduces what another found. */
	private static final long SEED = Long.getLong("tongguan.fuzz.seed", 20261206L);

	@Autowired
	MockMvc mvc;

	@Test
	@WithDemoUser("admin")
	void everyMalformedRequestIsAnsweredWithAProblemDetail() throws Exception {
		MalformedRequests malformed = new MalformedRequests(SEED);
		List<String> faults = new ArrayList<>();
		int sent = 0;
		for (Operation operation : OpenApiOperations.read(mvc)) {
			List<Malformed> asAdmin = malformed.of(operation);
			for (Malformed request : asAdmin) {
				send(operation, request.what() + " as admin", request, true, faults);
			}
			List<Malformed> anonymous = malformed.unauthenticated(operation);
			for (Malformed request : anonymous) {
				send(operation, request.what(), request, false, faults);
			}
			sent += asAdmin.size() + anonymous.size();
		}
		assertThat(sent).as("requests sent").isBetween(300, 2_500);
		assertThat(faults).as("faulty answers of %d malformed requests", sent).isEmpty();
	}

	private void send(Operation operation, String what, Malformed request, boolean asAdmin, List<String> faults) {
		try {
			MockHttpServletResponse response = mvc
				.perform(asAdmin ? request.request().with(csrf()) : request.request().with(anonymous()))
				.andReturn()
				.getResponse();
			String body = response.getContentAsString(StandardCharsets.UTF_8);
			ClientErrors.fault(operation.path(), response.getStatus(), response.getContentType(), body)
				.ifPresent(fault -> faults.add(operation + " [" + what + "] " + fault + ": " + response.getStatus()
						+ " " + response.getContentType() + " " + MalformedRequests.shown(body)));
		}
		catch (Exception e) {
			faults.add(operation + " [" + what + "] threw " + e);
		}
	}
}
