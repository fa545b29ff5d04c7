package org.tongguan.open311.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The idempotency key of a posted service request, so a retried POST never makes a second case. GeoReport v2 has no
 * such key, so it is {@code open311:} and the SHA-256 (base64url) of the api_key with either the client's
 * {@code Idempotency-Key} header or, without one, every form parameter ({@code device_id}, {@code account_id} and
 * the whole report) and the city's date: the same report sent again the same day by the same client is the same case.
 */
final class IdempotencyKeys {

	private static final String PREFIX = "open311:";

	private IdempotencyKeys() {
	}

	static String ofHeader(String apiKey, String header) {
		return PREFIX + sha256(List.of(apiKey, "header", header.strip()));
	}

	static String ofForm(String apiKey, FormParameters form, LocalDate today) {
		List<String> parts = new ArrayList<>(List.of(apiKey, "form", today.toString()));
		for (Map.Entry<String, List<String>> parameter : new TreeMap<>(form.values()).entrySet()) {
			List<String> values = parameter.getValue().stream().filter(v -> v != null && !v.isBlank()).toList();
			if (!"api_key".equals(parameter.getKey()) && !values.isEmpty()) {
				parts.add(parameter.getKey());
				parts.add(String.join("\u0000", values));
			}
		}
		return PREFIX + sha256(parts);
	}

	/** The hash of the parts, each prefixed with its length so that no two different lists hash alike. */
	private static String sha256(List<String> parts) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (String part : parts) {
				byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
				digest.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
				digest.update(bytes);
			}
			return Base64.getUrlEncoder().withoutPadding().encodeToString(digest.digest());
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("Every Java runtime has SHA-256", e);
		}
	}
}
