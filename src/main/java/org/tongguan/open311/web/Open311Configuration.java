package org.tongguan.open311.web;

import java.time.Clock;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.tongguan.identity.ApiKeyPaths;
import org.tongguan.identity.ApiKeyPurpose;
import org.tongguan.identity.PublicPaths;
import org.tongguan.shared.web.RateLimitInterceptor;
import org.tongguan.shared.web.RateLimiter;

/**
 * Opens {@code /open311/**} to callers without a login (reading is public by the specification; posting checks the
 * {@code api_key} itself), makes it the only place API keys for the purpose OPEN311 work, and rate-limits it per
 * client address: posted requests by one budget, reads by another.
 */
@Configuration(proxyBeanMethods = false)
class Open311Configuration implements WebMvcConfigurer {

	private final Open311Properties properties;

	private final Clock clock;

	Open311Configuration(Open311Properties properties, Clock clock) {
		this.properties = properties;
		this.clock = clock;
	}

	@Bean
	PublicPaths open311PublicPaths() {
		return new PublicPaths("Open311 GeoReport v2", List.of("/open311/**"));
	}

	@Bean
	ApiKeyPaths open311ApiKeyPaths() {
		return new ApiKeyPaths(ApiKeyPurpose.OPEN311, List.of("/open311/**"));
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(rateLimit(properties, clock)).addPathPatterns("/open311/**");
	}

	/** Posted requests count against one per-address budget, reads against another. */
	static RateLimitInterceptor rateLimit(Open311Properties properties, Clock clock) {
		RateLimiter posts = new RateLimiter(properties.postsPerMinute(), clock);
		RateLimiter reads = new RateLimiter(properties.readsPerMinute(), clock);
		return new RateLimitInterceptor(request -> HttpMethod.POST.matches(request.getMethod()) ? posts : reads);
	}
}
