package org.tongguan.console.live;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the console's live stream ({@code GET /api/console/stream}).
 *
 * @param heartbeat how often a heartbeat comment goes to every browser, so proxies keep the stream open
 * @param queueCapacity how many events one browser may fall behind before it is disconnected (it reconnects and
 *        reloads)
 * @param maxConnections how many streams the platform node holds at once; more are refused with 429
 * @param timeout how long one stream lasts before the platform ends it and the browser reconnects (checking its
 *        session again)
 */
@ConfigurationProperties("tongguan.console.stream")
public record LiveStreamProperties(@DefaultValue("15s") Duration heartbeat, @DefaultValue("256") int queueCapacity,
		@DefaultValue("2000") int maxConnections, @DefaultValue("30m") Duration timeout) {

	public LiveStreamProperties {
		if (heartbeat.isNegative() || heartbeat.isZero() || timeout.isNegative() || timeout.isZero()) {
			throw new IllegalArgumentException("tongguan.console.stream.heartbeat and timeout must be positive");
		}
		if (queueCapacity < 1 || maxConnections < 1) {
			throw new IllegalArgumentException(
					"tongguan.console.stream.queue-capacity and max-connections must be at least 1");
		}
	}
}
