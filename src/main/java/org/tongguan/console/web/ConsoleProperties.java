package org.tongguan.console.web;

import java.net.URI;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Console settings.
 *
 * @param baseLayerUrl an XYZ raster tile URL template drawn below the platform's own boundaries, with {@code {z}},
 *        {@code {x}} and {@code {y}} (天地图: its WMTS KVP URL with the deployment's own {@code tk} key, or any XYZ
 *        server); empty by default, so the map draws only the platform's boundaries and no request leaves the machine
 * @param baseLayerAttribution the attribution the base layer's licence asks for, shown in the map's corner
 */
@ConfigurationProperties("tongguan.console")
record ConsoleProperties(@DefaultValue("") String baseLayerUrl, @DefaultValue("") String baseLayerAttribution) {

	ConsoleProperties {
		if (!baseLayerUrl.isBlank()) {
			URI uri = URI.create(baseLayerUrl.replace("{", "%7B").replace("}", "%7D"));
			if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme()) || uri.getHost() == null) {
				throw new IllegalArgumentException(
						"tongguan.console.base-layer-url must be an http(s) URL template, not " + baseLayerUrl);
			}
		}
	}

	/** The base layer's origin (scheme, host, port), when one is configured. */
	Optional<String> baseLayerOrigin() {
		if (baseLayerUrl.isBlank()) {
			return Optional.empty();
		}
		URI uri = URI.create(baseLayerUrl.replace("{", "%7B").replace("}", "%7D"));
		return Optional.of(uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort()));
	}
}
