package org.tongguan.catalog.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * Catalogue settings.
 *
 * @param defaultCatalogue the catalogue loaded into an empty database (a city may point to its own 事项清单)
 * @param demoOverrides the district overrides added to it when the demo city is on
 */
@ConfigurationProperties("tongguan.catalog")
public record CatalogProperties(@DefaultValue("classpath:catalog/default-catalogue.json") Resource defaultCatalogue,
		@DefaultValue("classpath:catalog/demo-overrides.json") Resource demoOverrides) {
}
