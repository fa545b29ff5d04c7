-- The day totals of every device type's metric per district (日统计): kept as readings are stored, live or from an
-- archive, in the same transaction, so a district's daily mean (e.g. PM2.5) is read without scanning the readings.
-- The day is the city-local day of the measuring time; devices outside every grid have no district and are not
-- counted. Kept when retention removes the readings they came from.
CREATE TABLE sensing_daily_reading (
	device_type VARCHAR(32) NOT NULL,
	metric VARCHAR(32) NOT NULL,
	district_code VARCHAR(6) NOT NULL,
	reading_day DATE NOT NULL,
	readings BIGINT NOT NULL,
	total DOUBLE PRECISION NOT NULL,
	minimum DOUBLE PRECISION NOT NULL,
	maximum DOUBLE PRECISION NOT NULL,
	PRIMARY KEY (device_type, metric, reading_day, district_code)
);
