package org.tongguan.open311.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Open311 GeoReport v2 settings.
 *
 * @param contact who to contact about the endpoint, shown in the discovery document
 * @param keyService how a client gets an {@code api_key}, shown in the discovery document
 * @param postsPerMinute service requests one client address may post per minute (bursts up to this many) before it
 *        is answered 429
 * @param readsPerMinute read requests one client address may make per minute before it is answered 429
 * @param maxRequests the most service requests one {@code GET requests} answers (the specification's 1000)
 * @param maxWindow the longest span of {@code start_date} to {@code end_date}, and the default span (90 days)
 */
@ConfigurationProperties("tongguan.open311")
public record Open311Properties(
		@DefaultValue("统管城市运行管理中心 (Tongguan city operations centre), via the platform administrator")
		String contact,
		@DefaultValue("API keys are issued by the platform administrator (管理员) under /api/admin/api-keys; send the "
				+ "key as the api_key parameter of POST requests") String keyService,
		@DefaultValue("60") int postsPerMinute, @DefaultValue("600") int readsPerMinute,
		@DefaultValue("1000") int maxRequests, @DefaultValue("90d") Duration maxWindow) {
}
