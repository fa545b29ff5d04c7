package org.tongguan.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.TestPropertySource;

/**
 * A whole-platform test that adds majors, sub-categories, department functions and departments; every class with
 * this annotation shares one application context and database of their own, so the demo data other tests count
 * stays as it is.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PlatformTest
@TestPropertySource(properties = "tongguan.test.context=organisation-data")
public @interface OrganisationDataTest {
}
