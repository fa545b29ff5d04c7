package org.tongguan.sensing.mqtt;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tongguan.identity.ExternalSystems;
import org.tongguan.sensing.device.DeviceDirectory;
import org.tongguan.sensing.ingest.TelemetryIngestion;

/** Starts the embedded broker, or the subscription to an external one, as {@code tongguan.sensing.mqtt.broker} says. */
@Configuration(proxyBeanMethods = false)
class MqttConfiguration {

	@Bean
	@ConditionalOnProperty(prefix = "tongguan.sensing.mqtt", name = "broker", havingValue = "embedded",
			matchIfMissing = true)
	EmbeddedBroker embeddedBroker(MqttProperties properties, DeviceDirectory devices, ExternalSystems systems,
			TelemetryIngestion ingestion) {
		return new EmbeddedBroker(properties, new Logins(devices, systems, ingestion), ingestion);
	}

	@Bean
	@ConditionalOnProperty(prefix = "tongguan.sensing.mqtt", name = "broker", havingValue = "external")
	ExternalBroker externalBroker(MqttProperties properties, DeviceDirectory devices, TelemetryIngestion ingestion) {
		return new ExternalBroker(properties, devices, ingestion);
	}
}
