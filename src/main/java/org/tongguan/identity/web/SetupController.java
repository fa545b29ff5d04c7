package org.tongguan.identity.web;

import java.net.URI;
import java.time.Clock;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.tongguan.identity.PublicPaths;
import org.tongguan.identity.user.FirstAdministrator;
import org.tongguan.identity.user.FirstAdministrator.SetupTokenRefused;
import org.tongguan.identity.web.UserAdminController.UserView;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/** 首个管理员 — the one call that creates the first administrator of an empty platform, with the setup token. */
@RestController
class SetupController {

	static final String PATH = "/api/setup/administrator";

	private static final String PROBLEM = "application/problem+json";

	private final FirstAdministrator setup;

	private final Clock clock;

	SetupController(FirstAdministrator setup, Clock clock) {
		this.setup = setup;
		this.clock = clock;
	}

	@PostMapping(PATH)
	@Operation(summary = "Create the first administrator", description = """
			Creates the first administrator of an empty platform: role ADMIN with the platform-wide scope `000000` \
			(every province, city and region). No login: anyone holding the setup token may call it, in the header \
			`X-Setup-Token` — the setting `tongguan.identity.setup-token`, or the random token the platform logs at \
			start-up while no administrator exists. Password rules as for every user. Rate limited like the login; \
			every attempt is audited. Once an enabled administrator exists the path answers 409 for good.""")
	@ApiResponse(responseCode = "201", description = "The administrator was created (no password in the answer)",
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = UserView.class)))
	@ApiResponse(responseCode = "400", description = "Invalid username, password or display name (field errors)",
			content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "401", description = "The X-Setup-Token header is missing or wrong",
			content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "409", description = "An administrator exists already",
			content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "429", description = "Too many attempts from this address",
			content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
	@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject("""
			{"username": "ops-admin", "password": "a long passphrase of your own", "displayName": "运行中心管理员"}""")))
	ResponseEntity<UserView> create(@RequestHeader(name = "X-Setup-Token", required = false) String token,
			@RequestBody NewAdministrator request) {
		UserView created = UserView.of(setup.create(token, request.username(), request.password(),
				request.displayName()), null, clock.instant());
		return ResponseEntity.created(URI.create("/api/admin/users/" + created.username())).body(created);
	}

	@ExceptionHandler(SetupTokenRefused.class)
	ResponseEntity<ProblemDetail> refused(SetupTokenRefused e) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, e.getMessage());
		problem.setTitle("Setup token refused");
		return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(problem);
	}

	/** The setup path needs no login: the setup token is its credential. */
	@Bean
	static PublicPaths setupPublicPaths() {
		return new PublicPaths("Creating the first administrator with the setup token", List.of(PATH));
	}

	/** The first administrator's username, password and display name. */
	record NewAdministrator(String username, String password, String displayName) {

		@Override
		public String toString() {
			return "NewAdministrator[username=" + username + ", password=***]";
		}
	}
}
