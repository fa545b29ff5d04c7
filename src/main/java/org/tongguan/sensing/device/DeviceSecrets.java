package org.tongguan.sensing.device;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Device secrets (设备密钥): 32 random bytes in base64url, stored only as their SHA-256. */
public final class DeviceSecrets {

	/** The shortest secret an administrator may choose (an import may bring the devices' existing secrets). */
	public static final int MIN_LENGTH = 16;

	private static final SecureRandom RANDOM = new SecureRandom();

	private DeviceSecrets() {
	}

	/** A new random secret, to be shown once. */
	public static String generate() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** The SHA-256 of the secret's UTF-8 bytes. */
	static byte[] hash(String secret) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("Every Java runtime has SHA-256", e);
		}
	}

	/** The stored form of the secret: its SHA-256 in hex. */
	public static String storedHash(String secret) {
		return HexFormat.of().formatHex(hash(secret));
	}
}
