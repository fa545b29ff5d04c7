package org.tongguan.sensing;

/** A camera (视频监控) near a point: where it is, its stream URL and how far it is from the point, in metres. */
public record NearbyCamera(DeviceCode code, String name, double longitude, double latitude, String streamUrl,
		double distanceMeters) {
}
