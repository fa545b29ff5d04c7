package org.tongguan.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;
import org.tongguan.shared.web.ApiExceptionHandler;

/**
 * A {@code @WebMvcTest} of a few controllers without a database: only the components the filters name (the
 * controllers, and converters they need) and the platform's problem details ({@link ApiExceptionHandler}), services
 * mocked with {@code @MockitoBean}, MockMvc without the security filters. Such a slice checks what a request must
 * carry and how a client error is answered; roles and data scope are the whole platform's tests' concern
 * ({@link PlatformTest}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@WebMvcTest(useDefaultFilters = false)
@AutoConfigureMockMvc(addFilters = false)
@Import(ApiExceptionHandler.class)
public @interface ControllerSlice {

	/** The components of the slice, e.g. {@code @Filter(type = FilterType.ASSIGNABLE_TYPE, classes = …)}. */
	@AliasFor(annotation = WebMvcTest.class, attribute = "includeFilters")
	Filter[] value();
}
