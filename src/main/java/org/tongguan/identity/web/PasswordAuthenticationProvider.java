package org.tongguan.identity.web;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.tongguan.identity.internal.CallerAuthentication;
import org.tongguan.identity.login.PasswordLogin;

/** Authenticates the console's form login with the platform's password check, lockout and audit. */
@Component
class PasswordAuthenticationProvider implements AuthenticationProvider {

	private final PasswordLogin login;

	PasswordAuthenticationProvider(PasswordLogin login) {
		this.login = login;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		Object password = authentication.getCredentials();
		return new CallerAuthentication(
				login.authenticate(authentication.getName(), password == null ? null : password.toString(), "console"));
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}
}
