package org.tongguan.sensing;

import java.util.List;
import java.util.Optional;

/** The device registry as other modules read it: a device by code, and the cameras around a point (周边视频). */
public interface Devices {

	/** The registered device with this code (any status), or empty. */
	Optional<DeviceSummary> find(DeviceCode code);

	/**
	 * The cameras in use within {@code radiusMeters} of the point, nearest first, each with its stream URL; e.g. to
	 * show the video around an incident.
	 */
	List<NearbyCamera> camerasAround(double longitude, double latitude, double radiusMeters);
}
