package org.tongguan.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithSecurityContext;

/**
 * Runs a test (method or class) as a demo user loaded from the database, e.g. {@code @WithDemoUser("dispatcher")}:
 * the security context holds that user's real {@link org.tongguan.identity.Caller} with its roles, data scope and
 * department, exactly as after a login, so {@code Callers.current()} and {@code @PreAuthorize} see the real user.
 * Demo users: admin, operator, shiftlead, dispatcher, futian-dispatcher, handler, inspector, leader.
 */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Documented
@WithSecurityContext(factory = WithDemoUserSecurityContextFactory.class, setupBefore = TestExecutionEvent.TEST_METHOD)
public @interface WithDemoUser {

	/** The demo user's username. */
	String value();
}
