package org.tongguan.identity;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The extension point for letting the console's pages load images and data from another site, such as a base map
 * the deployment configured (天地图 or any XYZ tile server): a module declares a bean of this type and the platform's
 * Content-Security-Policy adds the origins to {@code img-src} and {@code connect-src}. Nothing outside the platform is
 * allowed unless a bean names it; every contribution is logged at start-up.
 *
 * @param purpose why the origins are allowed, shown in the start-up log
 * @param origins scheme, host and optional port, e.g. {@code https://t0.tianditu.gov.cn}
 */
public record ContentOrigins(String purpose, List<String> origins) {

	private static final Pattern ORIGIN = Pattern.compile("https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?");

	public ContentOrigins {
		if (purpose == null || purpose.isBlank()) {
			throw new IllegalArgumentException("Content origins need a purpose");
		}
		origins = List.copyOf(origins);
		for (String origin : origins) {
			if (!ORIGIN.matcher(origin).matches()) {
				throw new IllegalArgumentException("Not an origin (scheme://host[:port]): " + origin);
			}
		}
	}
}
