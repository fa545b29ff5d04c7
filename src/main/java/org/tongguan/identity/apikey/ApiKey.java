package org.tongguan.identity.apikey;

import java.time.Instant;
import java.util.Set;

import org.tongguan.identity.ApiKeyPurpose;
import org.tongguan.identity.Caller;
import org.tongguan.identity.DepartmentCode;
import org.tongguan.identity.Role;
import org.tongguan.region.RegionCode;

/**
 * An API key of an external system (外部系统), without its secret.
 *
 * @param id its number
 * @param name the external system's name
 * @param prefix the first characters of the key, to tell keys apart
 * @param purposes what the key is for, which decides the endpoints it works on
 * @param roles what the system may do
 * @param scope the region subtree the system may see and act in
 * @param department the department the system acts for, may be {@code null}
 * @param createdBy the administrator who created it
 * @param createdAt when it was created
 * @param revokedAt when it was revoked, {@code null} while it works
 */
public record ApiKey(long id, String name, String prefix, Set<ApiKeyPurpose> purposes, Set<Role> roles,
		RegionCode scope, DepartmentCode department, String createdBy, Instant createdAt, Instant revokedAt) {

	/** The username an API-key caller goes by; the colon keeps it apart from every user's login name. */
	public static String callerName(String name) {
		return "apikey:" + name;
	}

	/** The caller a request with this key is. */
	public Caller caller() {
		return new Caller(callerName(name), name, roles, scope, department);
	}
}
