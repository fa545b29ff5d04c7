package org.tongguan.identity;

import java.util.List;

/**
 * The extension point for serving API keys of one purpose: a module whose endpoints serve external systems with keys
 * of that purpose declares a bean of this type, and the platform's authentication accepts such a key (in the
 * {@code X-API-Key} header) only on the paths declared for one of its purposes; anywhere else the key is answered 403.
 * Every declaration is logged at start-up.
 *
 * @param purpose the purpose the paths serve
 * @param patterns Spring path patterns starting with {@code /}, e.g. {@code /open311/**}
 */
public record ApiKeyPaths(ApiKeyPurpose purpose, List<String> patterns) {

	public ApiKeyPaths {
		if (purpose == null) {
			throw new IllegalArgumentException("API key paths need a purpose");
		}
		patterns = PathPatterns.require(patterns, "API key path");
	}
}
