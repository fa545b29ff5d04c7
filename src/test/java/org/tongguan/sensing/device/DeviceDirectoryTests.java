package org.tongguan.sensing.device;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tongguan.support.PlatformTest;

/** The in-memory directory over the registry: the standard types, the demo devices and their credentials. */
@PlatformTest
class DeviceDirectoryTests {

	@Autowired
	DeviceDirectory directory;

	@Test
	void holdsAboutThreeThousandDemoDevicesOfEveryStandardType() {
		Map<String, Long> byType = directory.all()
			.stream()
			.collect(Collectors.groupingBy(device -> device.type().code(), Collectors.counting()));
		assertThat(byType).containsOnlyKeys("water-level", "rain-gauge", "manhole-cover", "smoke-detector",
				"air-quality", "noise-meter", "bridge-strain", "camera");
		assertThat(byType.get("water-level")).isEqualTo(600);
		assertThat(byType.get("camera")).isEqualTo(500);
		assertThat(directory.all()).hasSize(3000).allMatch(device -> device.grid() != null);
	}

	@Test
	void findsDemoDevicesByCodeAndIdWithTheirTypeSpec() {
		RegisteredDevice gauge = directory.find("WL-440306-0001").orElseThrow();
		assertThat(gauge.type().metric("waterLevel").unit()).isEqualTo("m");
		assertThat(gauge.owner().value()).isEqualTo("440306-SHUIWU");
		assertThat(gauge.grid().value()).startsWith("440306");
		assertThat(directory.find(gauge.id())).contains(gauge);
		assertThat(directory.find("NO-SUCH-DEVICE")).isEmpty();
	}

	@Test
	void authenticatesDemoDevicesWithTheDemoSecretOnly() {
		RegisteredDevice camera = directory.find("CAM-440304-0001").orElseThrow();
		assertThat(directory.authenticate(camera, "tongguan-demo")).isTrue();
		assertThat(directory.authenticate(camera, "tongguan-demo ")).isFalse();
		assertThat(directory.authenticate(camera, null)).isFalse();
	}
}
