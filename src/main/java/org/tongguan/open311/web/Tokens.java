package org.tongguan.open311.web;

import java.util.Optional;

import org.tongguan.casework.CaseId;

/**
 * The {@code token} of a posted request. Every service here is {@code realtime}, so a token is only a second handle
 * on a request that exists at once: the case's id, which {@code GET tokens/{token}} turns into the case number.
 */
final class Tokens {

	private Tokens() {
	}

	static String of(CaseId id) {
		return id.toString();
	}

	/** The case a token names, empty for text that is no token. */
	static Optional<CaseId> parse(String token) {
		if (!token.matches("[1-9]\\d{0,17}")) {
			return Optional.empty();
		}
		return Optional.of(new CaseId(Long.parseLong(token)));
	}
}
