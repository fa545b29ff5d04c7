package org.tongguan.sensing.device;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.ApplicationRunner;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongguan.sensing.device.registry.DeviceRegistry;
import org.tongguan.support.PlatformTest;
import org.tongguan.support.WithDemoUser;

/**
 * The in-memory directory over the registry: the standard types, the demo devices and their credentials. Other tests
 * of the same context register devices too, so only the demo codes are counted.
 */
@PlatformTest
class DeviceDirectoryTests {

	@Autowired
	DeviceDirectory directory;

	@Autowired
	DeviceRegistry registry;

	/** The demo device seeding ({@code device.demo.DeviceDemoData}, package-private there). */
	@Autowired
	@Qualifier("deviceDemoData")
	ApplicationRunner demoData;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void holdsAboutThreeThousandDemoDevicesOfEveryStandardType() {
		List<RegisteredDevice> demo = directory.all()
			.stream()
			.filter(device -> device.code().value().matches("[A-Z]+-\\d{6}-\\d{4}"))
			.toList();
		Map<String, Long> byType = demo.stream()
			.collect(Collectors.groupingBy(device -> device.type().code(), Collectors.counting()));
		assertThat(byType).containsOnlyKeys("water-level", "rain-gauge", "manhole-cover", "smoke-detector",
				"air-quality", "noise-meter", "bridge-strain", "camera");
		assertThat(byType.get("water-level")).isEqualTo(600);
		assertThat(byType.get("camera")).isEqualTo(500);
		assertThat(demo).hasSize(3000).allMatch(device -> device.grid() != null);
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

	@Test
	void seedingTheDemoDevicesAgainChangesNothing() throws Exception {
		int before = directory.all().size();
		demoData.run(null);
		assertThat(directory.all()).hasSize(before);
	}

	@Test
	@WithDemoUser("admin")
	void showsARegistrationOnlyOnceItsTransactionCommits() {
		transactions.executeWithoutResult(status -> {
			registry.register(draft("T-TX-1"));
			assertThat(directory.find("T-TX-1")).isEmpty();
		});
		assertThat(directory.find("T-TX-1")).isPresent();
		transactions.executeWithoutResult(status -> {
			registry.register(draft("T-TX-2"));
			status.setRollbackOnly();
		});
		assertThat(directory.find("T-TX-2")).isEmpty();
	}

	static DeviceDraft draft(String code) {
		return new DeviceDraft(code, "测试烟感 " + code, "smoke-detector", 114.0579, 22.5431, "440304-YINGJI", null,
				null, null, null, null, null);
	}
}
