package org.tongguan.identity.web;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tongguan.identity.ApiKeyPaths;
import org.tongguan.identity.ApiKeyPurpose;

/**
 * Declares where API keys for {@link ApiKeyPurpose#INTEGRATION} (系统对接) work: the platform's REST API under
 * {@code /api/**}, within the key's roles and data scope like any caller.
 */
@Configuration(proxyBeanMethods = false)
class IntegrationKeyPaths {

	@Bean
	ApiKeyPaths integrationApiKeyPaths() {
		return new ApiKeyPaths(ApiKeyPurpose.INTEGRATION, List.of("/api/**"));
	}
}
