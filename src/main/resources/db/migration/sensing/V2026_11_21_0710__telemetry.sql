-- Telemetry (遥测): stored readings, the latest value per device metric, and the devices' presence (在线/离线).
-- Times are epoch milliseconds (UTC): compact, the same on H2 and PostgreSQL, and history buckets are plain integer
-- arithmetic in SQL.

-- One row per metric value of an accepted reading. No primary key and no foreign key (a device's history outlives
-- it until the retention deletes it); one index serves history by device, metric and time, and retention, which
-- deletes series by series.
CREATE TABLE sensing_reading (
	device_id BIGINT NOT NULL,
	metric VARCHAR(32) NOT NULL,
	measured_at BIGINT NOT NULL,
	measurement DOUBLE PRECISION NOT NULL
);

CREATE INDEX sensing_reading_series ON sensing_reading (device_id, metric, measured_at);

-- The latest value of every device metric as last saved (every few seconds and on stopping), loaded at start.
CREATE TABLE sensing_latest_reading (
	device_id BIGINT NOT NULL,
	metric VARCHAR(32) NOT NULL,
	measured_at BIGINT NOT NULL,
	measurement DOUBLE PRECISION NOT NULL,
	PRIMARY KEY (device_id, metric)
);

-- A device's last change of presence, written with its DeviceOnline/DeviceOffline event; no row = never seen.
CREATE TABLE sensing_device_presence (
	device_id BIGINT PRIMARY KEY,
	online BOOLEAN NOT NULL,
	last_seen BIGINT NOT NULL,
	changed_at BIGINT NOT NULL
);
