package org.tongguan.identity.user;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Service;
import org.tongguan.identity.Role;
import org.tongguan.identity.audit.AuditEvent;
import org.tongguan.identity.audit.SecurityAudit;
import org.tongguan.identity.internal.IdentityProperties;
import org.tongguan.identity.internal.Secrets;
import org.tongguan.shared.ConflictException;

/**
 * 首个管理员 — creates the first administrator of an empty platform with the setup token: the setting
 * {@code tongguan.identity.setup-token}, or a random token generated at start. While no enabled administrator exists,
 * every start logs (WARN) how to create one; the token is kept only as a SHA-256 hash.
 */
@Service
@Order(25)
public class FirstAdministrator implements ApplicationRunner {

	/** The shortest setup token the setting may give. */
	static final int MIN_TOKEN_LENGTH = 24;

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

	private final UserStore users;

	private final UserAdministration administration;

	private final SecurityAudit audit;

	private final byte[] tokenHash;

	private final String generatedToken;

	private final String port;

	FirstAdministrator(UserStore users, UserAdministration administration, SecurityAudit audit,
			IdentityProperties properties, Environment environment) {
		this.users = users;
		this.administration = administration;
		this.audit = audit;
		String configured = properties.setupToken();
		if (configured != null && !configured.isBlank() && configured.strip().length() < MIN_TOKEN_LENGTH) {
			throw new IllegalStateException("tongguan.identity.setup-token (TONGGUAN_IDENTITY_SETUPTOKEN) has "
					+ configured.strip().length() + " characters; a setup token has at least " + MIN_TOKEN_LENGTH);
		}
		this.generatedToken = configured == null || configured.isBlank() ? Secrets.random(24) : null;
		this.tokenHash = hash(generatedToken != null ? generatedToken : configured.strip());
		this.port = environment.getProperty("server.port", "8080");
	}

	/** Logs how to create the first administrator while there is none. */
	@Override
	public void run(ApplicationArguments args) {
		if (!needed()) {
			return;
		}
		String token = generatedToken != null ? generatedToken : "$TONGGUAN_IDENTITY_SETUPTOKEN";
		log.warn("""
				No administrator exists yet. Create the first one with the setup token {} ({}); it gets role ADMIN and \
				the platform-wide scope 000000. Choose your own password (at least the minimum length, not the \
				username):
				  curl -i -X POST http://localhost:{}/api/setup/administrator -H 'X-Setup-Token: {}' \
				-H 'Content-Type: application/json' \
				-d '{"username":"admin","password":"<your password>","displayName":"系统管理员"}'""", token,
				generatedToken != null ? "generated at this start; set tongguan.identity.setup-token to choose one"
						: "from tongguan.identity.setup-token",
				port, token);
	}

	/** Whether no enabled administrator exists, so the setup path is open. */
	public boolean needed() {
		return users.all().stream().noneMatch(user -> user.enabled() && user.roles().contains(Role.ADMIN));
	}

	/**
	 * Creates the first administrator.
	 *
	 * @throws ConflictException once an enabled administrator exists
	 * @throws SetupTokenRefused when the token is missing or wrong
	 */
	public synchronized UserAccount create(String token, String username, String password, String displayName) {
		if (!needed()) {
			throw new ConflictException("An administrator exists already; the setup path is closed. "
					+ "Administrators create further users under /api/admin/users.");
		}
		if (token == null || !MessageDigest.isEqual(tokenHash, hash(token.strip()))) {
			audit.record(AuditEvent.SETUP_TOKEN_REFUSED, null, username, token == null ? "no X-Setup-Token header"
					: "wrong setup token");
			throw new SetupTokenRefused();
		}
		return administration.createFirstAdministrator(username, password, displayName);
	}

	private static byte[] hash(String token) {
		return Secrets.sha256(token).getBytes(StandardCharsets.US_ASCII);
	}

	/** The setup token was missing or wrong (401). */
	public static class SetupTokenRefused extends RuntimeException {

		SetupTokenRefused() {
			super("The X-Setup-Token header is missing or wrong; the token is in the start-up log "
					+ "or in tongguan.identity.setup-token.");
		}
	}
}
