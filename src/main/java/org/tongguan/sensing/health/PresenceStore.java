package org.tongguan.sensing.health;

import java.util.function.BiConsumer;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tongguan.sensing.device.DeviceId;

/**
 * The devices' last changes of presence ({@code sensing_device_presence}), written with each change (in the
 * transaction that publishes its event), so a restart neither forgets an offline device nor announces it twice.
 */
@Repository
class PresenceStore {

	private final JdbcClient jdbc;

	PresenceStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every stored presence. */
	void forEach(BiConsumer<DeviceId, Presence> action) {
		jdbc.sql("SELECT device_id, online, last_seen, changed_at FROM sensing_device_presence")
			.query((RowCallbackHandler) row -> action.accept(new DeviceId(row.getLong(1)), new Presence(
					row.getBoolean(2) ? PresenceState.ONLINE : PresenceState.OFFLINE, row.getLong(3), row.getLong(4))));
	}

	/** Records the device's new state. */
	void save(DeviceId deviceId, boolean online, long lastSeen, long changedAt) {
		jdbc.sql("""
				MERGE INTO sensing_device_presence p
				USING (VALUES (CAST(:id AS BIGINT), CAST(:online AS BOOLEAN), CAST(:lastSeen AS BIGINT),
					CAST(:changedAt AS BIGINT))) AS s (device_id, online, last_seen, changed_at)
				ON p.device_id = s.device_id
				WHEN MATCHED THEN UPDATE SET online = s.online, last_seen = s.last_seen, changed_at = s.changed_at
				WHEN NOT MATCHED THEN INSERT (device_id, online, last_seen, changed_at)
					VALUES (s.device_id, s.online, s.last_seen, s.changed_at)""")
			.param("id", deviceId.value())
			.param("online", online)
			.param("lastSeen", lastSeen)
			.param("changedAt", changedAt)
			.update();
	}
}
