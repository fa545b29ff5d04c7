package org.tongguan.identity.user;

import java.util.Set;

import org.tongguan.identity.Role;

/**
 * What an administrator submits to create or change a user's profile, before validation.
 *
 * @param displayName the name shown to others
 * @param phone the phone number, may be {@code null}
 * @param roles what the user may do
 * @param scope the code of the region subtree the user may see and act in
 * @param department the code of the user's department, may be {@code null}
 */
public record UserDraft(String displayName, String phone, Set<Role> roles, String scope, String department) {
}
