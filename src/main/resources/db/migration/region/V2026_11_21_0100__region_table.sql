-- The region hierarchy (市 → 区 → 街道 → 社区 → 单元网格) with boundaries as WKB (lon/lat, SRID 4326).
-- Plain BYTEA instead of a spatial type keeps the schema the same on H2 and PostgreSQL without PostGIS;
-- the platform holds the spatial index in memory.
CREATE TABLE region_region (
	code        VARCHAR(15)              NOT NULL PRIMARY KEY,
	name        VARCHAR(200)             NOT NULL,
	level       VARCHAR(16)              NOT NULL,
	parent_code VARCHAR(15)              REFERENCES region_region (code),
	geometry    BYTEA                    NOT NULL,
	updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX region_region_parent ON region_region (parent_code);
CREATE INDEX region_region_level ON region_region (level, code);
