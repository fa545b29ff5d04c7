package org.tongguan.sensing.device;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.tongguan.identity.Callers;
import org.tongguan.region.Location;
import org.tongguan.region.Region;
import org.tongguan.region.RegionCode;
import org.tongguan.region.Regions;
import org.tongguan.shared.NotFoundException;

/**
 * The caller's data scope (数据权限) over devices' telemetry and health: a device belongs to its grid, or, where the
 * city has no grid, to the finest region its point lies in.
 */
@Component
public class DeviceScope {

	private final DeviceDirectory directory;

	private final Callers callers;

	private final Regions regions;

	DeviceScope(DeviceDirectory directory, Callers callers, Regions regions) {
		this.directory = directory;
		this.callers = callers;
		this.regions = regions;
	}

	/** The device with this code; 404 when there is none, 403 when it lies outside the caller's scope. */
	public RegisteredDevice require(String code) {
		RegisteredDevice device = directory.find(code).orElseThrow(() -> new NotFoundException("No device " + code));
		if (!canSee(device)) {
			throw new AccessDeniedException("Device " + code + " lies outside the caller's data scope");
		}
		return device;
	}

	/** Whether the caller's data scope covers the device. */
	public boolean canSee(RegisteredDevice device) {
		RegionCode region = device.grid() != null ? device.grid()
				: regions.locate(device.longitude(), device.latitude()).map(Location::finest)
					.map(Region::code)
					.orElse(null);
		return region != null && callers.canSee(region);
	}
}
