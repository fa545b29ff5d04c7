package org.tongguan.identity;

import java.util.Optional;

/**
 * 外部系统 — checks the API key an external system presents outside the usual {@code X-API-Key} header, e.g. the
 * {@code api_key} parameter that Open311 GeoReport v2 clients send or the password of an MQTT monitoring subscriber.
 */
public interface ExternalSystems {

	/** The caller a valid, unrevoked key with this purpose belongs to; empty for any other text or key. */
	Optional<Caller> authenticate(String apiKey, ApiKeyPurpose purpose);
}
