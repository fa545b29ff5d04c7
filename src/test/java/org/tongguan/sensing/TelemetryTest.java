package org.tongguan.sensing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Import;
import org.tongguan.support.TestClockConfiguration;
import org.tongguan.support.PlatformTest;

/**
 * A test of telemetry on the whole platform (demo city and demo devices, secret {@code tongguan-demo}) with the
 * platform clock under the test's control ({@link org.tongguan.support.TestClock}, shared by every such test of the
 * run: tests read the time rather than assume it, and use devices of their own).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PlatformTest
@Import(TestClockConfiguration.class)
public @interface TelemetryTest {
}
