package org.tongguan.catalog.internal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * Catalogue settings.
 *
 * @param defaultCatalogue the catalogue loaded into an empty database (a city may point to its own 事项清单)
 * @param demoOverrides the district overrides added to it when the demo city is on
 * @param defaultLimits the limits a sub-category gets when neither it nor its major category states them
 * @param defaultClosingConditions the closing conditions (结案条件) of a sub-category that states none
 */
@ConfigurationProperties("tongguan.catalog")
public record CatalogProperties(@DefaultValue("classpath:catalog/default-catalogue.json") Resource defaultCatalogue,
		@DefaultValue("classpath:catalog/demo-overrides.json") Resource demoOverrides,
		@DefaultValue DefaultLimits defaultLimits,
		@DefaultValue("问题已处置完毕，经核查属实 (handled, and verified on site)") String defaultClosingConditions) {

	/**
	 * The catalogue-wide default limits, in the short form ({@code 1h}, {@code 3d}); each setting left out keeps
	 * the documented default: stages ACCEPT 1h, FILE 1h, DISPATCH 1h, HANDLE 3d, VERIFY 2h, CLOSE 1h; overall
	 * NORMAL 5d, URGENT 1d, CRITICAL 4h; default urgency NORMAL.
	 *
	 * @param stage stage → limit, e.g. {@code tongguan.catalog.default-limits.stage.HANDLE=3d}
	 * @param urgency urgency → overall limit, e.g. {@code tongguan.catalog.default-limits.urgency.NORMAL=5d}
	 * @param defaultUrgency the urgency a case gets unless the operator chooses another
	 */
	public record DefaultLimits(Map<String, String> stage, Map<String, String> urgency,
			@DefaultValue("NORMAL") String defaultUrgency) {

		static final Map<String, String> STAGES = Map.of("ACCEPT", "1h", "FILE", "1h", "DISPATCH", "1h", "HANDLE",
				"3d", "VERIFY", "2h", "CLOSE", "1h");

		static final Map<String, String> URGENCIES = Map.of("NORMAL", "5d", "URGENT", "1d", "CRITICAL", "4h");

		public DefaultLimits {
			stage = completed(STAGES, stage);
			urgency = completed(URGENCIES, urgency);
		}

		private static Map<String, String> completed(Map<String, String> defaults, Map<String, String> given) {
			Map<String, String> all = new LinkedHashMap<>(defaults);
			if (given != null) {
				// keys in any case: environment variables bind them lower-cased
				given.forEach((key, limit) -> all.put(key.toUpperCase(Locale.ROOT), limit));
			}
			return Map.copyOf(all);
		}
	}
}
