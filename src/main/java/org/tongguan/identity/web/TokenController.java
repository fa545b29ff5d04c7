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
import org.tongguan.identity.internal.AccessTokens;
import org.tongguan.identity.internal.IssuedToken;
import org.tongguan.identity.internal.PasswordLogin;
import org.tongguan.shared.InvalidInputException;

/** Bearer tokens for API users: issued for a username and password, revoked by their holder. */
@RestController
@RequestMapping("/api/auth/tokens")
class TokenController {

	private final PasswordLogin login;

	private final AccessTokens tokens;

	TokenController(PasswordLogin login, AccessTokens tokens) {
		this.login = login;
		this.tokens = tokens;
	}

	@PostMapping
	ResponseEntity<TokenResponse> issue(@RequestBody TokenRequest request) {
		Caller caller = login.authenticate(request.username(), request.password(), "token");
		IssuedToken issued = tokens.issue(caller.username());
		return ResponseEntity.status(HttpStatus.CREATED)
			.cacheControl(CacheControl.noStore())
			.body(new TokenResponse(issued.token(), issued.expiresAt()));
	}

	@DeleteMapping("/current")
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
