/**
 * Signing in: password login with Argon2id hashes, the bearer tokens it issues, and login throttling and lockout
 * after repeated failures.
 */
package org.tongguan.identity.login;
