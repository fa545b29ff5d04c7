/**
 * Users and their grants (roles and data scopes, 数据权限): administration with password rules, the user store, and
 * the first administrator created with the setup token.
 */
package org.tongguan.identity.user;
