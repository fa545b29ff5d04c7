package org.tongguan.identity;

import java.util.Optional;

/**
 * 外部系统 — checks the API key an external system presents outside the usual {@code X-API-Key} header, e.g. the
 * {@code api_key} parameter that Open311 GeoReport v2 clients send or the password of an MQTT monitoring subscriber,
 * and tells which external system a caller is.
 */
public interface ExternalSystems {

	/** The caller a valid, unrevoked key with this purpose belongs to; empty for any other text or key. */
	Optional<Caller> authenticate(String apiKey, ApiKeyPurpose purpose);

	/** The external system whose working API key the caller presents; empty for a person or a revoked key. */
	Optional<ExternalSystem> of(Caller caller);
}
