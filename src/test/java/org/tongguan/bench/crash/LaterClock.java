package org.tongguan.bench.crash;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * The platform clock moved ahead by {@code tongguan.bench.clock-ahead}, as if the platform had stayed down that much
 * longer: a restarted platform then finds the deadline timers that fell due meanwhile. The one test class on the
 * classpath of a platform {@link PlatformProcess} starts, where component scanning finds it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("tongguan.bench.clock-ahead")
public class LaterClock {

	@Bean
	@Primary
	Clock clockAhead(@Value("${tongguan.bench.clock-ahead}") Duration ahead, @Value("${tongguan.zone}") ZoneId zone) {
		return Clock.offset(Clock.system(zone), ahead);
	}
}
