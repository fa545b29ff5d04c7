package org.tongguan.identity.user;

import java.util.List;

import org.springframework.stereotype.Component;
import org.tongguan.identity.internal.IdentityProperties;
import org.tongguan.shared.Violation;

/** The minimum password policy: long enough, not absurdly long, and not the username. */
@Component
class PasswordPolicy {

	static final int MAX_LENGTH = 128;

	private final IdentityProperties properties;

	PasswordPolicy(IdentityProperties properties) {
		this.properties = properties;
	}

	/** Adds a violation for the field when the password breaks the policy. */
	void check(String field, String password, String username, List<Violation> violations) {
		if (password == null || password.length() < properties.minPasswordLength()
				|| password.length() > MAX_LENGTH) {
			violations.add(new Violation(field, "must have " + properties.minPasswordLength() + " to " + MAX_LENGTH
					+ " characters"));
		}
		else if (password.equalsIgnoreCase(username)) {
			violations.add(new Violation(field, "must not be the username"));
		}
	}
}
