-- 城市体征: the values of each indicator per region and period (period_start: the period's first day; its kind is the
-- indicator's frequency, which cannot change once values exist), with their provenance. indicator_value holds the
-- current value of each key, keyed as reads ask for it (an indicator, its regions, a range of periods);
-- indicator_value_revision the values a correction replaced, each with the moment it stopped being current, so a
-- read as of an instant finds what was known then.

CREATE TABLE indicator_value (
	indicator_code VARCHAR(16) NOT NULL,
	region_code VARCHAR(15) NOT NULL,
	period_start DATE NOT NULL,
	figure DOUBLE PRECISION NOT NULL,
	source VARCHAR(16) NOT NULL,
	sender VARCHAR(110) NOT NULL,
	arrived_at TIMESTAMP WITH TIME ZONE NOT NULL,
	revision INTEGER NOT NULL,
	PRIMARY KEY (indicator_code, region_code, period_start)
);

CREATE TABLE indicator_value_revision (
	indicator_code VARCHAR(16) NOT NULL,
	region_code VARCHAR(15) NOT NULL,
	period_start DATE NOT NULL,
	revision INTEGER NOT NULL,
	figure DOUBLE PRECISION NOT NULL,
	source VARCHAR(16) NOT NULL,
	sender VARCHAR(110) NOT NULL,
	arrived_at TIMESTAMP WITH TIME ZONE NOT NULL,
	superseded_at TIMESTAMP WITH TIME ZONE NOT NULL,
	PRIMARY KEY (indicator_code, region_code, period_start, revision)
);
