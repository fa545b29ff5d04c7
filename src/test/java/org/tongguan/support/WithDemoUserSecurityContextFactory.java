package org.tongguan.support;

import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithSecurityContextFactory;
import org.tongguan.identity.internal.CallerAuthentication;
import org.tongguan.identity.internal.UserDirectory;

/** Builds the security context of {@link WithDemoUser} from the user stored in the test's database. */
class WithDemoUserSecurityContextFactory implements WithSecurityContextFactory<WithDemoUser> {

	private final UserDirectory users;

	WithDemoUserSecurityContextFactory(UserDirectory users) {
		this.users = users;
	}

	@Override
	public SecurityContext createSecurityContext(WithDemoUser demoUser) {
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(new CallerAuthentication(users.enabledCaller(demoUser.value())
			.orElseThrow(() -> new IllegalArgumentException("No enabled demo user named '" + demoUser.value()
					+ "'; is tongguan.demo on?"))));
		return context;
	}
}
