package org.tongguan.identity.login;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.tongguan.identity.Caller;
import org.tongguan.identity.audit.AuditEvent;
import org.tongguan.identity.audit.SecurityAudit;
import org.tongguan.identity.internal.IdentityProperties;
import org.tongguan.identity.internal.Secrets;
import org.tongguan.identity.user.UserAccount;
import org.tongguan.identity.user.UserStore;

/**
 * Checks a username and password for the console login and for token requests, counting consecutive failures and
 * locking the account for a while after too many. Every failure answers the same, so nobody learns whether a user
 * exists, is disabled or is locked; the audit records which it was.
 */
@Service
public class PasswordLogin {

	static final String FAILED = "Login failed: wrong username or password, or the account is locked for now";

	private final UserStore users;

	private final PasswordEncoder encoder;

	private final IdentityProperties properties;

	private final SecurityAudit audit;

	private final Clock clock;

	private volatile String unknownUserHash;

	PasswordLogin(UserStore users, PasswordEncoder encoder, IdentityProperties properties, SecurityAudit audit,
			Clock clock) {
		this.users = users;
		this.encoder = encoder;
		this.properties = properties;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The caller the username and password belong to.
	 *
	 * @param channel how the login came in, for the audit ({@code console} or {@code token})
	 * @throws BadCredentialsException when the login fails, for whatever reason
	 */
	public Caller authenticate(String username, String password, String channel) {
		String name = username == null ? "" : username.strip();
		Optional<UserAccount> found = name.isEmpty() ? Optional.empty() : users.find(name);
		String candidate = password == null ? "" : password;
		if (found.isEmpty()) {
			encoder.matches(candidate, unknownUserHash());
			return fail(name, "unknown user");
		}
		UserAccount user = found.get();
		boolean matches = encoder.matches(candidate, user.passwordHash());
		Instant now = clock.instant();
		if (!user.enabled()) {
			return fail(name, "account disabled");
		}
		if (user.lockedAt(now)) {
			return fail(name, "account locked until " + user.lockedUntil());
		}
		if (!matches) {
			return wrongPassword(user, now);
		}
		if (user.failedLogins() > 0 || user.lockedUntil() != null) {
			users.clearFailures(user.id());
		}
		if (encoder.upgradeEncoding(user.passwordHash())) {
			users.updatePassword(user.id(), encoder.encode(candidate));
		}
		audit.record(AuditEvent.LOGIN_SUCCEEDED, name, name, channel);
		return user.caller();
	}

	private Caller wrongPassword(UserAccount user, Instant now) {
		int failures = users.countFailure(user.id());
		if (failures >= properties.maxFailedLogins()) {
			Instant until = now.plus(properties.lockout());
			users.lock(user.id(), until);
			audit.record(AuditEvent.ACCOUNT_LOCKED, user.username(), user.username(),
					failures + " consecutive failed logins; locked until " + until);
			throw new BadCredentialsException(FAILED);
		}
		return fail(user.username(), "wrong password (" + failures + " in a row)");
	}

	private Caller fail(String username, String reason) {
		audit.record(AuditEvent.LOGIN_FAILED, username, username, reason);
		throw new BadCredentialsException(FAILED);
	}

	/** A hash to check against when the user does not exist, so unknown users take as long as known ones. */
	private String unknownUserHash() {
		String hash = unknownUserHash;
		if (hash == null) {
			hash = encoder.encode(Secrets.random(16));
			unknownUserHash = hash;
		}
		return hash;
	}
}
