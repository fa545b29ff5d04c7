package org.tongguan.console.web;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tongguan.identity.ContentOrigins;
import org.tongguan.identity.PublicPaths;

/**
 * Opens the console's static assets to everybody (the login page needs its style, scripts and texts before anyone has
 * signed in; they hold no data), and lets the map load the configured base layer's tiles.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleConfiguration {

	/** Scripts, styles and message bundles of the console, and the vendored libraries and WebJars. */
	static final List<String> ASSETS = List.of("/console/assets/**", "/vendor/**", "/webjars/**");

	@Bean
	PublicPaths consoleAssets() {
		return new PublicPaths("The console's scripts, styles and texts (控制台静态资源)", ASSETS);
	}

	@Bean
	ContentOrigins consoleBaseLayer(ConsoleProperties properties) {
		return new ContentOrigins("The console's base map (tongguan.console.base-layer-url)",
				properties.baseLayerOrigin().stream().toList());
	}
}
