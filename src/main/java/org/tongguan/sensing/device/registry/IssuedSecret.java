package org.tongguan.sensing.device.registry;

/**
 * A device secret as issued: shown once in the answer that created or rotated it, never stored or shown again
 * (only its SHA-256 is kept).
 */
public record IssuedSecret(String code, String secret) {
}
