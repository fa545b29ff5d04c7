package org.tongguan.sensing.device.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.tongguan.shared.PlatformProperties;

/**
 * Warns at start-up, in demo mode, that the publicly known demo credentials work: the demo users' password and the
 * one secret every demo device shares, and says how to start without them.
 */
@Component
class DemoCredentialsWarning implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoCredentialsWarning.class);

	private final PlatformProperties platform;

	DemoCredentialsWarning(PlatformProperties platform) {
		this.platform = platform;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (platform.demo()) {
			log.warn("DEMO MODE (tongguan.demo=true): demo credentials are active. The demo users sign in with the "
					+ "demo password (tongguan.identity.demo-password) and all demo devices share one secret for MQTT "
					+ "and HTTP telemetry (tongguan.sensing.devices.demo-secret); both are published in the README. "
					+ "The embedded MQTT broker therefore listens on 127.0.0.1 only, unless "
					+ "tongguan.sensing.mqtt.bind-address says otherwise. For any real use, start on an empty database "
					+ "with TONGGUAN_DEMO=false.");
		}
	}
}
