package org.tongguan.identity.web;

import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tongguan.identity.Caller;
import org.tongguan.identity.login.AccessTokens;
import org.tongguan.identity.login.IssuedToken;
import org.tongguan.identity.login.PasswordLogin;
import org.tongguan.shared.InvalidInputException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Bearer tokens for API users: issued for a username and password, revoked by their holder. */
@RestController
@RequestMapping("/api/auth/tokens")
@Tag(name = "Sign-in and me (登录)")
class TokenController {

	private final PasswordLogin login;

	private final AccessTokens tokens;

	TokenController(PasswordLogin login, AccessTokens tokens) {
		this.login = login;
		this.tokens = tokens;
	}

	@PostMapping
	@Operation(summary = "Get a bearer token (登录取令牌)", description = """
			Exchanges a username and password for a bearer token, the way an API user logs in: send it as \
			`Authorization: Bearer <token>` on every call until `expiresAt`. Wrong credentials, a disabled or a \
			locked account all answer the same 401; too many attempts from one address answer 429.""")
	@SecurityRequirements()
	@ApiResponse(responseCode = "201", description = "The token and when it expires", useReturnTypeSchema = true)
	@ApiResponse(responseCode = "401", description = "Wrong username or password, or the account is disabled or "
			+ "locked for now")
	@ApiResponse(responseCode = "429", description = "Too many login attempts from this address; wait for "
			+ "`Retry-After`")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject("""
			{"username": "operator", "password": "your-password"}""")))
	ResponseEntity<TokenResponse> issue(@RequestBody TokenRequest request) {
		Caller caller = login.authenticate(request.username(), request.password(), "token");
		IssuedToken issued = tokens.issue(caller.username());
		return ResponseEntity.status(HttpStatus.CREATED)
			.cacheControl(CacheControl.noStore())
			.body(new TokenResponse(issued.token(), issued.expiresAt()));
	}

	@DeleteMapping("/current")
	@Operation(summary = "Revoke the token of this call (退出)", description = """
			Revokes the bearer token the call is made with, e.g. when an app signs out; the token answers 401 from \
			then on. A call made without a bearer token answers 400.""")
	@ApiResponse(responseCode = "204", description = "Revoked")
	ResponseEntity<Void> revokeCurrent(HttpServletRequest request, @AuthenticationPrincipal Caller caller) {
		String token = CredentialHeaders.bearerToken(request);
		if (token == null) {
			throw new InvalidInputException("Authorization", "only a request made with a bearer token can revoke it");
		}
		tokens.revoke(token, caller.username());
		return ResponseEntity.noContent().build();
	}

	record TokenRequest(String username, String password) {

		@Override
		public String toString() {
			return "TokenRequest[username=" + username + "]";
		}
	}

	record TokenResponse(String token, Instant expiresAt) {
	}
}
