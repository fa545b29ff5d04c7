package org.tongguan.sensing.mqtt;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tongguan.identity.ExternalSystems;
import org.tongguan.sensing.device.DeviceDirectory;
import org.tongguan.sensing.ingest.TelemetryIngestion;
import org.tongguan.shared.PlatformProperties;

/** Starts the embedded broker, or the subscription to an external one, as {@code tongguan.sensing.mqtt.broker} says. */
@Configuration(proxyBeanMethods = false)
class MqttConfiguration {

	@Bean
	@ConditionalOnProperty(prefix = "tongguan.sensing.mqtt", name = "broker", havingValue = "embedded",
			matchIfMissing = true)
	EmbeddedBroker embeddedBroker(MqttProperties properties, PlatformProperties platform, DeviceDirectory devices,
			ExternalSystems systems, TelemetryIngestion ingestion, Clock clock) {
		return new EmbeddedBroker(properties, properties.listenAddress(platform.demo()),
				new Logins(devices, systems, ingestion), ingestion, clock);
	}

	@Bean
	@ConditionalOnProperty(prefix = "tongguan.sensing.mqtt", name = "broker", havingValue = "external")
	ExternalBroker externalBroker(MqttProperties properties, DeviceDirectory devices, TelemetryIngestion ingestion) {
		return new ExternalBroker(properties, devices, ingestion);
	}
}
