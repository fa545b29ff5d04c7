-- 城市体征: the indicator registry (一指标一方案). Each change of a plan is a new version, never updated, holding the
-- whole plan as JSON in the form clients write it; indicator_plan holds the current version's searchable attributes.

CREATE TABLE indicator_plan_version (
	code VARCHAR(16) NOT NULL,
	version INTEGER NOT NULL,
	plan VARCHAR(20000) NOT NULL,
	note VARCHAR(500),
	changed_by VARCHAR(110) NOT NULL,
	changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
	PRIMARY KEY (code, version)
);

-- One row per indicator: its current version and the attributes the registry is searched by. sort_key orders codes
-- as the hierarchy does (L2 before L10); frameworks lists the reference frameworks as ',ISO_37120,CITY_CHECKUP,'.
CREATE TABLE indicator_plan (
	code VARCHAR(16) PRIMARY KEY,
	sort_key VARCHAR(16) NOT NULL,
	parent_code VARCHAR(16),
	name VARCHAR(200) NOT NULL,
	unit VARCHAR(32) NOT NULL,
	direction VARCHAR(16) NOT NULL,
	indicator_class VARCHAR(16) NOT NULL,
	domain VARCHAR(32) NOT NULL,
	region_level VARCHAR(16) NOT NULL,
	frequency VARCHAR(16) NOT NULL,
	source_department VARCHAR(64) NOT NULL,
	source_system VARCHAR(100) NOT NULL,
	responsible_department VARCHAR(64) NOT NULL,
	frameworks VARCHAR(200) NOT NULL,
	access_grade VARCHAR(16) NOT NULL,
	high_frequency BOOLEAN NOT NULL,
	retired BOOLEAN NOT NULL,
	version INTEGER NOT NULL,
	changed_by VARCHAR(110) NOT NULL,
	changed_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX indicator_plan_order ON indicator_plan (sort_key);
CREATE INDEX indicator_plan_parent ON indicator_plan (parent_code);
CREATE INDEX indicator_plan_domain ON indicator_plan (domain, indicator_class);
CREATE INDEX indicator_plan_source ON indicator_plan (source_department, source_system);
CREATE INDEX indicator_plan_responsible ON indicator_plan (responsible_department);
