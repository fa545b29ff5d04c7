package org.tongguan.sensing.device;

/** The columns of a stored device the in-memory directory needs. */
public record DeviceRow(DeviceId id, String code, String name, String type, double longitude, double latitude,
		String grid, String owner, DeviceStatus status, String streamUrl, String secretHash, long revision) {
}
