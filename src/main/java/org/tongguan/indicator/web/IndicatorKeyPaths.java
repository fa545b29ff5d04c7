package org.tongguan.indicator.web;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tongguan.identity.ApiKeyPaths;
import org.tongguan.identity.ApiKeyPurpose;

/**
 * Declares where API keys for {@link ApiKeyPurpose#INDICATOR_SOURCE} (指标数据源) work: the push of values, and the
 * reads of the registry, its vocabulary and values (a source checks what it sent, within the access grades and its
 * data scope).
 */
@Configuration(proxyBeanMethods = false)
class IndicatorKeyPaths {

	@Bean
	ApiKeyPaths indicatorSourceApiKeyPaths() {
		return new ApiKeyPaths(ApiKeyPurpose.INDICATOR_SOURCE, List.of("/api/indicator-values", "/api/indicators/**",
				"/api/indicator-terms"));
	}
}
