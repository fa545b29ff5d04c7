package org.tongguan.identity.login;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.tongguan.identity.Caller;
import org.tongguan.identity.audit.AuditEvent;
import org.tongguan.identity.audit.SecurityAudit;
import org.tongguan.identity.internal.IdentityProperties;
import org.tongguan.identity.internal.Secrets;
import org.tongguan.identity.internal.Timestamps;
import org.tongguan.identity.user.UserAccount;
import org.tongguan.identity.user.UserStore;

/**
 * Bearer tokens for API users: opaque random tokens (32 bytes, base64url) stored only as their SHA-256 hash, valid
 * for {@code tongguan.identity.token-ttl} and only while the user stays enabled.
 */
@Service
public class AccessTokens {

	private static final int TOKEN_BYTES = 32;

	private final JdbcClient jdbc;

	private final UserStore users;

	private final IdentityProperties properties;

	private final SecurityAudit audit;

	private final Clock clock;

	AccessTokens(JdbcClient jdbc, UserStore users, IdentityProperties properties, SecurityAudit audit, Clock clock) {
		this.jdbc = jdbc;
		this.users = users;
		this.properties = properties;
		this.audit = audit;
		this.clock = clock;
	}

	/** Issues a token for the user (already authenticated) and forgets the expired tokens of everyone. */
	public IssuedToken issue(String username) {
		UserAccount user = users.find(username).orElseThrow();
		Instant now = clock.instant();
		Instant expiresAt = now.plus(properties.tokenTtl());
		String token = Secrets.random(TOKEN_BYTES);
		jdbc.sql("DELETE FROM identity_access_token WHERE expires_at <= ?").param(Timestamps.of(now)).update();
		jdbc.sql("INSERT INTO identity_access_token (token_hash, user_id, issued_at, expires_at) VALUES (?, ?, ?, ?)")
			.params(Secrets.sha256(token), user.id(), Timestamps.of(now), Timestamps.of(expiresAt))
			.update();
		audit.record(AuditEvent.TOKEN_ISSUED, username, username, "valid until " + expiresAt);
		return new IssuedToken(token, expiresAt);
	}

	/** The caller a valid token belongs to, read afresh so role and scope changes apply at once. */
	public Optional<Caller> resolve(String token) {
		return users.holderOf(Secrets.sha256(token), clock.instant()).map(UserAccount::caller);
	}

	/** Revokes the token; whether it existed. */
	public boolean revoke(String token, String username) {
		boolean revoked = jdbc.sql("DELETE FROM identity_access_token WHERE token_hash = ?")
			.param(Secrets.sha256(token))
			.update() > 0;
		if (revoked) {
			audit.record(AuditEvent.TOKEN_REVOKED, username, username, "revoked by its holder");
		}
		return revoked;
	}

	/** Revokes every token of the user, e.g. when the account is disabled or its password reset. */
	public void revokeAll(long userId) {
		jdbc.sql("DELETE FROM identity_access_token WHERE user_id = ?").param(userId).update();
	}
}
