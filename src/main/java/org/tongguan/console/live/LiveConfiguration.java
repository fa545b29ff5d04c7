package org.tongguan.console.live;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.tongguan.region.Regions;

/** The console's live stream, its connections ended as the application begins to close and the rest closed with it. */
@Configuration(proxyBeanMethods = false)
class LiveConfiguration {

	@Bean
	LiveStream liveStream(Regions regions, LiveStreamProperties properties) {
		return new LiveStream(regions, properties);
	}

	/**
	 * Ends every live connection before the web server's graceful shutdown waits for the requests still open: an open
	 * stream never ends by itself, so it held every shutdown for the whole grace period (30 s), and a browser
	 * reconnects on its own (behind a load balancer, to another node).
	 */
	@Component
	static class EndOnClose {

		private final LiveStream stream;

		EndOnClose(LiveStream stream) {
			this.stream = stream;
		}

		@EventListener
		void on(ContextClosedEvent closing) {
			stream.endAll();
		}
	}
}
