package org.tongguan.identity.user;

import java.time.Instant;
import java.util.Set;

import org.tongguan.identity.Caller;
import org.tongguan.identity.DepartmentCode;
import org.tongguan.identity.Role;
import org.tongguan.region.RegionCode;

/**
 * A user account (用户) as stored, including its lockout state.
 *
 * @param id its number
 * @param username the login name
 * @param displayName the name shown to others
 * @param phone the phone number (personal data, shown masked in lists), may be {@code null}
 * @param passwordHash the encoded password with its algorithm prefix, e.g. {@code {argon2}...}
 * @param roles what the user may do
 * @param scope the region subtree the user may see and act in
 * @param department the user's department, may be {@code null}
 * @param enabled whether the user may log in
 * @param failedLogins consecutive failed logins since the last success or lockout
 * @param lockedUntil until when the account is locked, {@code null} when never locked
 * @param createdAt when the account was created
 */
public record UserAccount(long id, String username, String displayName, String phone, String passwordHash,
		Set<Role> roles, RegionCode scope, DepartmentCode department, boolean enabled, int failedLogins,
		Instant lockedUntil, Instant createdAt) {

	/** Whether the account is locked at the given instant. */
	public boolean lockedAt(Instant now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}

	UserAccount withProfile(String newDisplayName, String newPhone, Grant grant) {
		return new UserAccount(id, username, newDisplayName, newPhone, passwordHash, grant.roles(), grant.scope(),
				grant.department(), enabled, failedLogins, lockedUntil, createdAt);
	}

	UserAccount withEnabled(boolean newEnabled) {
		return new UserAccount(id, username, displayName, phone, passwordHash, roles, scope, department, newEnabled,
				failedLogins, lockedUntil, createdAt);
	}

	/** The caller this user is once logged in. */
	public Caller caller() {
		return new Caller(username, displayName, roles, scope, department);
	}
}
