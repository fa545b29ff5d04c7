package org.tongguan.shared.web;

import java.util.List;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Registers the {@link ScopeBeforeBinding} check every module declares for its scoped resources. */
@Configuration(proxyBeanMethods = false)
class ScopeChecksBeforeBinding implements WebMvcConfigurer {

	private final List<ScopeBeforeBinding> checks;

	ScopeChecksBeforeBinding(List<ScopeBeforeBinding> checks) {
		this.checks = checks;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		checks.forEach(check -> check.register(registry));
	}
}
