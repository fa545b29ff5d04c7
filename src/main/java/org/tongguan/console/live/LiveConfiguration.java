package org.tongguan.console.live;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tongguan.region.Regions;

/** The console's live stream, closed with the application. */
@Configuration(proxyBeanMethods = false)
class LiveConfiguration {

	@Bean
	LiveStream liveStream(Regions regions, LiveStreamProperties properties) {
		return new LiveStream(regions, properties);
	}
}
