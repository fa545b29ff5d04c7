package org.tongguan.casework.intake;

import static org.tongguan.casework.store.SqlValues.bind;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tongguan.casework.CaseId;

/**
 * The secrets citizens check their own report's status with (查询码): twelve characters from an alphabet without
 * look-alikes (60 random bits), answered once at reporting; only their SHA-256 is stored. A report retried with the
 * same idempotency key is answered a new secret, which replaces the earlier one.
 */
@Repository
public class StatusSecrets {

	private static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

	/** How many characters a secret has. */
	static final int LENGTH = 12;

	private final SecureRandom random = new SecureRandom();

	private final JdbcClient jdbc;

	StatusSecrets(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Issues a new secret for the case, replacing any earlier one, and answers it (the only time it is seen). */
	public String issue(CaseId id, Instant now) {
		StringBuilder secret = new StringBuilder(LENGTH);
		for (int i = 0; i < LENGTH; i++) {
			secret.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		String hash = hash(secret.toString());
		if (!replace(id, hash, now)) {
			try {
				jdbc.sql("INSERT INTO casework_status_secret (case_id, secret_hash, issued_at) VALUES (?, ?, ?)")
					.params(id.value(), hash, bind(now))
					.update();
			}
			catch (DuplicateKeyException e) {
				replace(id, hash, now); // a retry of the same report issued one at the same moment: the last wins
			}
		}
		return secret.toString();
	}

	private boolean replace(CaseId id, String hash, Instant now) {
		return jdbc.sql("UPDATE casework_status_secret SET secret_hash = ?, issued_at = ? WHERE case_id = ?")
			.params(hash, bind(now), id.value())
			.update() > 0;
	}

	/** Whether the secret is the one issued for the case (case-insensitive); {@code false} for a case without one. */
	public boolean matches(CaseId id, String secret) {
		if (secret == null || secret.isBlank() || secret.length() > 64) {
			return false;
		}
		String given = hash(secret.strip().toUpperCase(Locale.ROOT));
		return jdbc.sql("SELECT secret_hash FROM casework_status_secret WHERE case_id = ?")
			.param(id.value())
			.query(String.class)
			.optional()
			.map(stored -> MessageDigest.isEqual(stored.getBytes(StandardCharsets.US_ASCII),
					given.getBytes(StandardCharsets.US_ASCII)))
			.orElse(false);
	}

	private static String hash(String secret) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every Java platform", e);
		}
	}
}
