package org.tongguan.support;

import java.time.ZoneId;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Replaces the platform clock with a {@link TestClock} starting on a Monday morning. */
@TestConfiguration(proxyBeanMethods = false)
public class TestClockConfiguration {

	@Bean
	@Primary
	TestClock testClock() {
		return new TestClock(TestClock.MONDAY_MORNING, ZoneId.of("Asia/Shanghai"));
	}
}
