package org.tongguan.identity.internal;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Hashes and checks only passwords that are well-formed text: Argon2 hashes the UTF-8 bytes of a password, and a
 * string with an unpaired surrogate has none, so such a password matches no hash and is refused as a new one.
 */
final class WellFormedPasswords implements PasswordEncoder {

	private final PasswordEncoder encoder;

	WellFormedPasswords(PasswordEncoder encoder) {
		this.encoder = encoder;
	}

	/** Whether the text has no unpaired surrogate, so that it has a UTF-8 form. */
	static boolean wellFormed(CharSequence text) {
		return text.codePoints().noneMatch(point -> point >= Character.MIN_SURROGATE && point <= Character.MAX_SURROGATE);
	}

	@Override
	public String encode(CharSequence rawPassword) {
		if (rawPassword != null && !wellFormed(rawPassword)) {
			throw new IllegalArgumentException("A password must be well-formed text (no unpaired surrogates)");
		}
		return encoder.encode(rawPassword);
	}

	@Override
	public boolean matches(CharSequence rawPassword, String encodedPassword) {
		return rawPassword != null && wellFormed(rawPassword) && encoder.matches(rawPassword, encodedPassword);
	}

	@Override
	public boolean upgradeEncoding(String encodedPassword) {
		return encoder.upgradeEncoding(encodedPassword);
	}
}
