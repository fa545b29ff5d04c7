package org.tongguan.identity.internal;

import java.io.Serial;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.tongguan.identity.Caller;
import org.tongguan.identity.Role;

/**
 * An authenticated {@link Caller}: the principal is the caller itself, so controllers may take
 * {@code @AuthenticationPrincipal Caller caller}; the authorities are its roles ({@code ROLE_<name>}).
 */
public final class CallerAuthentication extends AbstractAuthenticationToken {

	@Serial
	private static final long serialVersionUID = 1L;

	private final transient Caller caller;

	public CallerAuthentication(Caller caller) {
		super(AuthorityUtils.createAuthorityList(caller.roles().stream().map(Role::authority).toList()));
		this.caller = caller;
		setAuthenticated(true);
	}

	@Override
	public Caller getPrincipal() {
		return caller;
	}

	@Override
	public Object getCredentials() {
		return null;
	}

	@Override
	public String getName() {
		return caller.username();
	}
}
