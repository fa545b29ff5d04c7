package org.tongguan.open311.web;

import java.time.Duration;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.tongguan.casework.Channel;
import org.tongguan.catalog.CategoryCode;

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
 * @param publication what the public request feed publishes ({@code tongguan.open311.publication.*})
 */
@ConfigurationProperties("tongguan.open311")
public record Open311Properties(
		@DefaultValue("统管城市运行管理中心 (Tongguan city operations centre), via the platform administrator")
		String contact,
		@DefaultValue("API keys with the purpose OPEN311 are issued by the platform administrator (管理员) under "
				+ "/api/admin/api-keys; send the key as the api_key parameter of POST requests") String keyService,
		@DefaultValue("60") int postsPerMinute, @DefaultValue("600") int readsPerMinute,
		@DefaultValue("1000") int maxRequests, @DefaultValue("90d") Duration maxWindow,
		@DefaultValue Publication publication) {

	/**
	 * What the public, unauthenticated request feed publishes of a case (docs/open311-publication.md).
	 *
	 * @param channels the channels whose cases are published; by default only requests posted through Open311 and
	 *        citizens' own reports (市民上报), never the 12345 hotline, inspectors, 110, sensors or other systems
	 * @param withheldCategories sub-categories never published whatever their channel; by default 打架斗殴 (E0406),
	 *        聚众滋事 (E0407) and 盗窃等违法犯罪线索 (E0408)
	 * @param sensitiveCategories sub-categories published with a coarse location (lat/long rounded, the address
	 *        replaced by the district and street); by default 沿街晾挂 (E0111), 夜间施工噪声 (E0301), 违法搭建
	 *        (E0305), 流浪乞讨 (E0409), 商业噪声扰民 (E0411) and 治安监控设施 (C0502)
	 * @param coarseDecimals the decimals a coarse lat/long keeps, 1 to 5; 3 (the default) is about 110 m
	 */
	public record Publication(@DefaultValue({ "OPEN311", "CITIZEN" }) Set<Channel> channels,
			@DefaultValue({ "E0406", "E0407", "E0408" }) Set<CategoryCode> withheldCategories,
			@DefaultValue({ "E0111", "E0301", "E0305", "E0409", "E0411", "C0502" })
			Set<CategoryCode> sensitiveCategories, @DefaultValue("3") int coarseDecimals) {

		public Publication {
			channels = Set.copyOf(channels);
			withheldCategories = Set.copyOf(withheldCategories);
			sensitiveCategories = Set.copyOf(sensitiveCategories);
			if (coarseDecimals < 1 || coarseDecimals > 5) {
				throw new IllegalArgumentException("tongguan.open311.publication.coarse-decimals must be 1 to 5, not "
						+ coarseDecimals);
			}
		}
	}
}
