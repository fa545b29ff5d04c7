package org.tongguan.identity.apikey;

/**
 * An API key just created, with its secret: the only time the key is visible.
 *
 * @param key the stored key's details
 * @param secret the key to send as {@code X-API-Key}
 */
public record CreatedApiKey(ApiKey key, String secret) {
}
