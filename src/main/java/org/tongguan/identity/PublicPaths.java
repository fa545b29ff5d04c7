package org.tongguan.identity;

import java.util.List;

/**
 * The extension point for opening paths to unauthenticated callers: a module that offers a public endpoint (for
 * example a citizen intake under {@code /open311/**} or {@code /api/public/**}) declares a bean of this type, and the
 * platform's security configuration lets anyone call those paths without a login, a token, an API key or a CSRF
 * token. Nothing is public unless a bean names it; every contribution is logged at start-up.
 *
 * @param purpose why the paths are public, shown in the start-up log, e.g. "Open311 GeoReport v2 citizen intake"
 * @param patterns Spring path patterns starting with {@code /}, e.g. {@code /open311/**}
 */
public record PublicPaths(String purpose, List<String> patterns) {

	public PublicPaths {
		if (purpose == null || purpose.isBlank()) {
			throw new IllegalArgumentException("Public paths need a purpose");
		}
		patterns = PathPatterns.require(patterns, "Public path");
	}
}
