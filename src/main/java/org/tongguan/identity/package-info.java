/**
 * Identity: departments (专业部门) and the regions they serve, their functions (built-in bureau kinds and the city's
 * own), their lifecycle (disabled, merged), users with roles and data scopes (region subtrees),
 * login (console sessions, bearer tokens, hashed API keys), login throttling and lockout, and the security audit.
 *
 * <p>Packages by feature: {@code department}, {@code user}, {@code login}, {@code apikey}, {@code audit}, {@code demo}
 * (the demo organisation); {@code internal} holds the caller plumbing they share; {@code web} the controllers and
 * the security configuration.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "region" })
package org.tongguan.identity;
