package org.tongguan.sensing.device;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores the registered devices (设备台账). */
@Repository
public class DeviceStore {

	private static final int CHUNK = 500;

	private static final RowMapper<DeviceRow> ROWS = (rs, n) -> new DeviceRow(new DeviceId(rs.getLong("id")),
			rs.getString("code"), rs.getString("name"), rs.getString("type_code"), rs.getDouble("longitude"),
			rs.getDouble("latitude"), rs.getString("grid_code"), rs.getString("owner"),
			DeviceStatus.valueOf(rs.getString("status")), rs.getString("stream_url"), rs.getString("secret_hash"),
			rs.getLong("revision"));

	public static final RowMapper<Device> DEVICES = (rs, n) -> new Device(rs.getLong("id"), rs.getString("code"),
			rs.getString("name"), rs.getString("type_code"), rs.getDouble("longitude"), rs.getDouble("latitude"),
			rs.getString("grid_code"), rs.getString("community_code"), rs.getString("street_code"),
			rs.getString("district_code"), rs.getString("owner"), rs.getObject("installed_on", LocalDate.class),
			rs.getString("installer"), rs.getString("address"), rs.getString("note"),
			DeviceStatus.valueOf(rs.getString("status")), rs.getString("stream_url"), instant(rs, "created_at"),
			instant(rs, "updated_at"));

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	DeviceStore(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/** Every device as the directory holds it. */
	List<DeviceRow> rows() {
		return jdbc.sql("SELECT * FROM sensing_device").query(ROWS).list();
	}

	/** The devices with these codes as the directory holds them. */
	public List<DeviceRow> rows(Collection<String> codes) {
		List<String> all = List.copyOf(codes);
		List<DeviceRow> rows = new ArrayList<>(all.size());
		for (int from = 0; from < all.size(); from += CHUNK) {
			List<String> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
			rows.addAll(jdbc.sql("SELECT * FROM sensing_device WHERE code IN ("
					+ String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")").params(chunk).query(ROWS).list());
		}
		return rows;
	}

	public Optional<Device> find(String code) {
		return jdbc.sql("SELECT * FROM sensing_device WHERE code = ?").param(code).query(DEVICES).optional();
	}

	public boolean exists(String code) {
		return jdbc.sql("SELECT COUNT(*) FROM sensing_device WHERE code = ?").param(code).query(Long.class).single() > 0;
	}

	public boolean isEmpty() {
		return jdbc.sql("SELECT COUNT(*) FROM sensing_device").query(Long.class).single() == 0;
	}

	/** Inserts new devices in batches, each with the stored hash of its secret. */
	public void insert(List<ValidDevice> devices, List<String> secretHashes, Instant now) {
		OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
		template.batchUpdate("""
				INSERT INTO sensing_device (code, name, type_code, longitude, latitude, grid_code, community_code,
					street_code, district_code, owner, installed_on, installer, address, note, status, stream_url,
					secret_hash, created_at, updated_at, revision)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)
				""", new BatchPreparedStatementSetter() {
			@Override
			public void setValues(PreparedStatement ps, int i) throws SQLException {
				ps.setString(1, devices.get(i).draft().code());
				int column = bind(ps, devices.get(i), 2);
				ps.setString(column++, secretHashes.get(i));
				ps.setObject(column++, at);
				ps.setObject(column, at);
			}

			@Override
			public int getBatchSize() {
				return devices.size();
			}
		});
	}

	/** Stores the new state of registered devices (matched by code, which never changes). */
	public void update(List<ValidDevice> devices, Instant now) {
		OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
		template.batchUpdate("""
				UPDATE sensing_device SET name = ?, type_code = ?, longitude = ?, latitude = ?, grid_code = ?,
					community_code = ?, street_code = ?, district_code = ?, owner = ?, installed_on = ?, installer = ?,
					address = ?, note = ?, status = ?, stream_url = ?, updated_at = ?, revision = revision + 1
				WHERE code = ?
				""", devices, CHUNK, (ps, device) -> {
			int column = bind(ps, device, 1);
			ps.setObject(column++, at);
			ps.setString(column, device.draft().code());
		});
	}

	/** Sets the status; false when no such device. */
	public boolean setStatus(String code, DeviceStatus status, Instant now) {
		return jdbc.sql("UPDATE sensing_device SET status = ?, updated_at = ?, revision = revision + 1 WHERE code = ?")
			.params(status.name(), now.atOffset(ZoneOffset.UTC), code)
			.update() > 0;
	}

	/** Replaces the stored secret hash; false when no such device. */
	public boolean setSecret(String code, String secretHash, Instant now) {
		return jdbc.sql("""
				UPDATE sensing_device SET secret_hash = ?, updated_at = ?, revision = revision + 1 WHERE code = ?
				""")
			.params(secretHash, now.atOffset(ZoneOffset.UTC), code)
			.update() > 0;
	}

	public void delete(long id) {
		jdbc.sql("DELETE FROM sensing_device WHERE id = ?").param(id).update();
	}

	private static int bind(PreparedStatement ps, ValidDevice device, int first) throws SQLException {
		DeviceDraft draft = device.draft();
		int column = first;
		ps.setString(column++, draft.name());
		ps.setString(column++, draft.type());
		ps.setDouble(column++, draft.longitude());
		ps.setDouble(column++, draft.latitude());
		ps.setString(column++, device.grid());
		ps.setString(column++, device.community());
		ps.setString(column++, device.street());
		ps.setString(column++, device.district());
		ps.setString(column++, draft.owner());
		ps.setObject(column++, draft.installedOn());
		ps.setString(column++, draft.installer());
		ps.setString(column++, draft.address());
		ps.setString(column++, draft.note());
		ps.setString(column++, device.status().name());
		ps.setString(column++, draft.streamUrl());
		return column;
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}
}
