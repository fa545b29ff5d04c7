package org.tongguan.casework;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Import;
import org.tongguan.casework.statistics.StatisticsAgreement;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.tongguan.support.PlatformTest;
import org.tongguan.support.TestClockConfiguration;

/**
 * A whole-platform test of case handling with a clock the test moves; every class with this annotation shares one
 * application context and one database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PlatformTest
@Import({ TestClockConfiguration.class, CaseApi.class, StatisticsAgreement.class })
@RecordApplicationEvents
public @interface CaseworkTest {
}
