package org.tongguan.identity.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Identity settings.
 *
 * @param tokenTtl how long a bearer token issued by {@code POST /api/auth/tokens} stays valid
 * @param maxFailedLogins consecutive failed logins after which an account is locked
 * @param lockout how long a locked account stays locked
 * @param loginAttemptsPerMinute login attempts (form login and token requests) one client address may make per
 *        minute before it is answered 429
 * @param minPasswordLength the shortest password a user may set
 * @param demoPassword the password of the demo users (demo only: never use demo users in production)
 * @param setupToken the token that creates the first administrator ({@code POST /api/setup/administrator}, header
 *        {@code X-Setup-Token}), at least 24 characters; when not set, a random one is generated at each start and
 *        shown in the start-up log while no administrator exists
 */
@ConfigurationProperties("tongguan.identity")
public record IdentityProperties(@DefaultValue("8h") Duration tokenTtl, @DefaultValue("5") int maxFailedLogins,
		@DefaultValue("15m") Duration lockout, @DefaultValue("20") int loginAttemptsPerMinute,
		@DefaultValue("10") int minPasswordLength, @DefaultValue("tongguan-demo") String demoPassword, String setupToken) {
}
