package org.tongguan.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * A test of the whole platform on a database of its own (H2 in memory, or a fresh PostgreSQL database when
 * {@code TONGGUAN_TEST_POSTGRES_URL} is set), with MockMvc. Tagged {@code database} so the PostgreSQL run repeats it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest
@AutoConfigureMockMvc
@Tag("database")
public @interface PlatformTest {
}
