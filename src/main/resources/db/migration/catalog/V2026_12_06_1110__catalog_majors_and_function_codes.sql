-- Major categories (大类) can be retired and carry default limits for their sub-categories; function columns hold
-- any department function code (a city's own codes have up to 32 characters).

ALTER TABLE catalog_major ADD COLUMN retired BOOLEAN DEFAULT FALSE NOT NULL;

-- A major's default limits: kind STAGE (key = ACCEPT .. CLOSE) or URGENCY (key = NORMAL, URGENT, CRITICAL).
CREATE TABLE catalog_major_limit (
	major_kind VARCHAR(16) NOT NULL,
	major_code VARCHAR(2) NOT NULL,
	limit_kind VARCHAR(8) NOT NULL,
	limit_key VARCHAR(16) NOT NULL,
	amount INTEGER NOT NULL,
	unit VARCHAR(16) NOT NULL,
	PRIMARY KEY (major_kind, major_code, limit_kind, limit_key),
	FOREIGN KEY (major_kind, major_code) REFERENCES catalog_major (kind, code)
);

ALTER TABLE catalog_category_version ALTER COLUMN city_function SET DATA TYPE VARCHAR(32);
ALTER TABLE catalog_category_version ALTER COLUMN district_function SET DATA TYPE VARCHAR(32);
ALTER TABLE catalog_category_version ALTER COLUMN street_function SET DATA TYPE VARCHAR(32);
ALTER TABLE catalog_district_override ALTER COLUMN city_function SET DATA TYPE VARCHAR(32);
ALTER TABLE catalog_district_override ALTER COLUMN district_function SET DATA TYPE VARCHAR(32);
ALTER TABLE catalog_district_override ALTER COLUMN street_function SET DATA TYPE VARCHAR(32);
