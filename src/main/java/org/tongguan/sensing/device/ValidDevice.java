package org.tongguan.sensing.device;

import org.tongguan.region.Location;
import org.tongguan.region.Region;

/** A draft that passed validation, with the regions its point lies in. */
public record ValidDevice(DeviceDraft draft, Location location) {

	DeviceStatus status() {
		return draft.status() == null ? DeviceStatus.ACTIVE : draft.status();
	}

	String grid() {
		return code(location.grid());
	}

	String community() {
		return code(location.community());
	}

	String street() {
		return code(location.street());
	}

	String district() {
		return code(location.district());
	}

	private static String code(Region region) {
		return region == null ? null : region.code().value();
	}
}
