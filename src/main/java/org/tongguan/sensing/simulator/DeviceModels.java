package org.tongguan.sensing.simulator;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The measuring models of the standard device types, by type code; cameras have none (they only stream). */
final class DeviceModels {

	private static final Map<String, DeviceModel> STANDARD = List
		.of(new WaterLevelModel(), new RainGaugeModel(), new ManholeCoverModel(), new SmokeDetectorModel(),
				new AirQualityModel(), new NoiseMeterModel(), new BridgeStrainModel())
		.stream()
		.collect(Collectors.toUnmodifiableMap(DeviceModel::type, Function.identity()));

	private DeviceModels() {
	}

	/** The model of a device type, or {@code null} when the simulator does not simulate it. */
	static DeviceModel of(String type) {
		return STANDARD.get(type);
	}
}
