package org.tongguan.identity.internal;

import java.util.Set;

import org.tongguan.identity.Role;

/**
 * What an administrator submits to create an API key, before validation.
 *
 * @param name the external system's name (letters, digits, '.', '_' or '-')
 * @param roles what the system may do; never ADMIN
 * @param scope the code of the region subtree the system may act in
 * @param department the code of the department it acts for, may be {@code null}
 */
public record ApiKeyDraft(String name, Set<Role> roles, String scope, String department) {
}
