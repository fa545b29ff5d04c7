package org.tongguan.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The roles the API description lists for an operation are read from its {@code @PreAuthorize} expression. */
class AccessDocumentationTests {

	@Test
	void readsTheRolesOfHasRoleAndHasAnyRoleInTheirOrder() {
		assertThat(AccessDocumentation.roles("hasRole('ADMIN')")).containsExactly("ADMIN");
		assertThat(AccessDocumentation.roles("hasAnyRole('OPERATOR', 'SHIFT_LEAD')"))
			.containsExactly("OPERATOR", "SHIFT_LEAD");
	}

	@Test
	void readsAuthoritiesWithoutTheirRolePrefixAndNamesEachRoleOnce() {
		assertThat(AccessDocumentation.roles("hasAuthority('ROLE_LEADER') or hasAnyRole('ADMIN','LEADER')"))
			.containsExactly("LEADER", "ADMIN");
	}

	@Test
	void findsNoRolesInAnExpressionThatChecksNone() {
		assertThat(AccessDocumentation.roles("isAuthenticated()")).isEmpty();
		assertThat(AccessDocumentation.roles("@scope.covers(#code)")).isEmpty();
	}
}
