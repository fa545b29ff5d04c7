package org.tongguan.identity.web;

import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Registers {@link PreAuthorizeBeforeBinding} ahead of every other module's interceptors. */
@Configuration(proxyBeanMethods = false)
class WebSecurityInterceptors implements WebMvcConfigurer {

	private final ApplicationContext context;

	WebSecurityInterceptors(ApplicationContext context) {
		this.context = context;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new PreAuthorizeBeforeBinding(context)).order(Ordered.HIGHEST_PRECEDENCE);
	}
}
