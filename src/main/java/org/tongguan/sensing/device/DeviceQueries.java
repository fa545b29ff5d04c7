package org.tongguan.sensing.device;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.tongguan.sensing.DeviceCode;
import org.tongguan.sensing.DeviceSummary;
import org.tongguan.sensing.Devices;
import org.tongguan.sensing.NearbyCamera;

/** Answers other modules' questions about devices from the in-memory directory. */
@Component
class DeviceQueries implements Devices {

	private static final double EARTH_RADIUS_M = 6_371_008.8;

	private final InMemoryDeviceDirectory directory;

	DeviceQueries(InMemoryDeviceDirectory directory) {
		this.directory = directory;
	}

	@Override
	public Optional<DeviceSummary> find(DeviceCode code) {
		return directory.find(code.value()).map(DeviceQueries::summary);
	}

	@Override
	public List<NearbyCamera> camerasAround(double longitude, double latitude, double radiusMeters) {
		List<NearbyCamera> cameras = new ArrayList<>();
		for (DirectoryEntry entry : directory.entries()) {
			RegisteredDevice device = entry.device();
			if (device.type().camera() && device.status() == DeviceStatus.ACTIVE && entry.streamUrl() != null) {
				double distance = metres(longitude, latitude, device.longitude(), device.latitude());
				if (distance <= radiusMeters) {
					cameras.add(new NearbyCamera(device.code(), device.name(), device.longitude(), device.latitude(),
							entry.streamUrl(), Math.round(distance * 10) / 10.0));
				}
			}
		}
		cameras.sort(Comparator.comparingDouble(NearbyCamera::distanceMeters).thenComparing(c -> c.code().value()));
		return cameras;
	}

	/** The great-circle distance between two lon/lat points (haversine). */
	static double metres(double lon1, double lat1, double lon2, double lat2) {
		double dLat = Math.toRadians(lat2 - lat1);
		double dLon = Math.toRadians(lon2 - lon1);
		double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(lat1))
				* Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
		return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(a)));
	}

	private static DeviceSummary summary(RegisteredDevice device) {
		return new DeviceSummary(device.code(), device.name(), device.type().code(), device.type().name(),
				device.longitude(), device.latitude(), device.grid(), device.owner(),
				device.status() == DeviceStatus.ACTIVE);
	}
}
