package org.tongguan.sensing.device;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A registered device (设备) in full, as the registry shows it to administrators and operators; never its secret.
 *
 * @param grid the unit grid its point lies in, {@code null} where the city has no grid
 * @param district the district its point lies in, always present
 */
public record Device(long id, String code, String name, String type, double longitude, double latitude, String grid,
		String community, String street, String district, String owner, LocalDate installedOn, String installer,
		String address, String note, DeviceStatus status, String streamUrl, Instant createdAt, Instant updatedAt) {
}
