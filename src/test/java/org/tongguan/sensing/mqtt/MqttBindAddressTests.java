package org.tongguan.sensing.mqtt;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.tongguan.shared.PlatformProperties;

/**
 * Where the embedded broker listens: with demo data (every demo device shares one known secret) on loopback only
 * unless a bind address is set, otherwise on every interface.
 */
class MqttBindAddressTests {

	private final TestDevices devices = new TestDevices();

	private final RecordingIngestion ingestion = new RecordingIngestion();

	@Test
	void listensOnLoopbackOnlyInDemoMode() {
		assertThat(listenAddress(null, true)).isEqualTo("127.0.0.1");
	}

	@Test
	void listensOnEveryInterfaceWithoutDemoData() {
		assertThat(listenAddress(null, false)).isEqualTo("localhost"); // what clients on this machine use for 0.0.0.0
	}

	@Test
	void listensWhereTheBindAddressSaysEvenInDemoMode() {
		assertThat(listenAddress("0.0.0.0", true)).isEqualTo("localhost");
	}

	/** Starts the broker as the platform configures it and answers the host it tells clients to use. */
	private String listenAddress(String bindAddress, boolean demo) {
		EmbeddedBroker broker = new MqttConfiguration().embeddedBroker(EmbeddedBrokerTests.settings(10, bindAddress),
				new PlatformProperties(ZoneId.of("Asia/Shanghai"), demo, Path.of("data")), devices, devices,
				ingestion, Clock.systemUTC());
		broker.start();
		try {
			return broker.host();
		}
		finally {
			broker.stop();
		}
	}
}
