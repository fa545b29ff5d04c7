package org.tongguan.identity.login;

import java.time.Instant;

/**
 * A bearer token just issued; the only time the token itself is visible.
 *
 * @param token the opaque token to send as {@code Authorization: Bearer <token>}
 * @param expiresAt when it stops working
 */
public record IssuedToken(String token, Instant expiresAt) {
}
