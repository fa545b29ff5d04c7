package org.tongguan.identity.apikey;

import java.util.Set;

import org.tongguan.identity.ApiKeyPurpose;
import org.tongguan.identity.Role;

/**
 * What an administrator submits to create an API key, before validation.
 *
 * @param name the external system's name (letters, digits, '.', '_' or '-')
 * @param purposes what the key is for (at least one); it works only on the endpoints that serve one of them
 * @param roles what the system may do; never ADMIN
 * @param scope the code of the region subtree the system may act in
 * @param department the code of the department it acts for, may be {@code null}
 */
public record ApiKeyDraft(String name, Set<ApiKeyPurpose> purposes, Set<Role> roles, String scope,
		String department) {
}
