package org.tongguan.sensing.device.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongguan.identity.Callers;
import org.tongguan.region.RegionCode;
import org.tongguan.region.RegionColumns;
import org.tongguan.region.Regions;
import org.tongguan.sensing.Devices;
import org.tongguan.sensing.NearbyCamera;
import org.tongguan.sensing.device.DeviceStore;
import org.tongguan.sensing.device.DevicesProperties;
import org.tongguan.shared.InvalidInputException;

/** Lists devices for people (设备查询): filtered and paged, always within the caller's data scope (数据权限). */
@Service
@Transactional(readOnly = true)
public class DeviceFinder {

	/**
	 * A device's state in SQL, as the device tiles have it: ALARM with an active alarm, else ONLINE when its last
	 * stored change of presence says so, else OFFLINE.
	 */
	private static final String STATE = """
			(CASE WHEN EXISTS (SELECT 1 FROM sensing_alarm a WHERE a.device_code = sensing_device.code
				AND a.device_id = sensing_device.id AND a.active_key IS NOT NULL) THEN 'ALARM'
			WHEN EXISTS (SELECT 1 FROM sensing_device_presence p WHERE p.device_id = sensing_device.id
				AND p.online = TRUE) THEN 'ONLINE' ELSE 'OFFLINE' END)""";

	private final JdbcClient jdbc;

	private final Regions regions;

	private final Callers callers;

	private final DevicesProperties properties;

	private final Devices devices;

	DeviceFinder(JdbcClient jdbc, Regions regions, Callers callers, DevicesProperties properties, Devices devices) {
		this.jdbc = jdbc;
		this.regions = regions;
		this.callers = callers;
		this.properties = properties;
		this.devices = devices;
	}

	/** The page of devices the filter asks for, ordered by code, each with its state. */
	public DevicePage find(DeviceFilter filter) {
		if (filter.page() < 0 || filter.size() < 1 || filter.size() > properties.maxPageSize()) {
			throw new InvalidInputException("size", "page is 0 or more and size 1–" + properties.maxPageSize());
		}
		StringJoiner where = new StringJoiner(" AND ", " WHERE ", "").setEmptyValue("");
		List<Object> params = new ArrayList<>();
		within(where, params, callers.current().scope());
		if (filter.region() != null) {
			if (!filter.region().matches("\\d{6}|\\d{9}|\\d{12}|\\d{15}")) {
				throw new InvalidInputException("region", "a district, street, community or grid code");
			}
			within(where, params, RegionCode.of(filter.region()));
		}
		condition(where, params, "type_code = ?", filter.type());
		condition(where, params, "status = ?", filter.status() == null ? null : filter.status().name());
		condition(where, params, "owner = ?", filter.owner());
		condition(where, params, STATE + " = ?", filter.state() == null ? null : filter.state().name());
		if (filter.text() != null && !filter.text().isBlank()) {
			String like = "%" + filter.text().strip().toLowerCase(Locale.ROOT).replaceAll("([\\\\%_])", "\\\\$1") + "%";
			where.add("(LOWER(code) LIKE ? OR LOWER(name) LIKE ? OR LOWER(COALESCE(address, '')) LIKE ?)");
			params.addAll(List.of(like, like, like));
		}
		long total = jdbc.sql("SELECT COUNT(*) FROM sensing_device" + where).params(params).query(Long.class).single();
		List<Object> paged = new ArrayList<>(params);
		paged.add(filter.size());
		paged.add((long) filter.page() * filter.size());
		List<ListedDevice> items = jdbc
			.sql("SELECT sensing_device.*, " + STATE + " AS live_state FROM sensing_device" + where
					+ " ORDER BY code LIMIT ? OFFSET ?")
			.params(paged)
			.query((row, number) -> new ListedDevice(DeviceStore.DEVICES.mapRow(row, number),
					DeviceState.valueOf(row.getString("live_state"))))
			.list();
		return new DevicePage(items, total, filter.page(), filter.size());
	}

	/** The cameras in use around a point that the caller's data scope covers, nearest first. */
	public List<NearbyCamera> camerasAround(double longitude, double latitude, double radiusMeters) {
		if (!(radiusMeters > 0 && radiusMeters <= properties.maxCameraRadiusM())) {
			throw new InvalidInputException("radius", "more than 0 and at most " + properties.maxCameraRadiusM()
					+ " metres");
		}
		return devices.camerasAround(longitude, latitude, radiusMeters)
			.stream()
			.filter(camera -> regions.locate(camera.longitude(), camera.latitude())
				.map(location -> callers.canSee(location.finest().code()))
				.orElse(false))
			.toList();
	}

	/** Restricts to a region subtree; an unknown region matches nothing. */
	private void within(StringJoiner where, List<Object> params, RegionCode region) {
		if (!region.isPlatform() && regions.find(region).isEmpty()) {
			where.add("1 = 0");
			return;
		}
		RegionColumns condition = RegionColumns.within(region, regions);
		if (condition.sql() != null) {
			where.add(condition.sql());
			params.addAll(condition.params());
		}
	}

	private static void condition(StringJoiner where, List<Object> params, String condition, String value) {
		if (value != null && !value.isBlank()) {
			where.add(condition);
			params.add(value);
		}
	}
}
