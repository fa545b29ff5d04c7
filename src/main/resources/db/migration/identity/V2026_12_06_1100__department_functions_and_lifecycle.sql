-- A city's own department functions (the built-in bureau kinds such as CHENGGUAN 城管 live in the code), and the
-- lifecycle of departments: a disabled department receives no dispatch; a merged one is disabled and names the
-- department that took over its people and open cases.

CREATE TABLE identity_city_function (
	code VARCHAR(32) PRIMARY KEY,
	label VARCHAR(100) NOT NULL,
	created_at TIMESTAMP WITH TIME ZONE NOT NULL
);

ALTER TABLE identity_department ADD COLUMN enabled BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE identity_department ADD COLUMN merged_into VARCHAR(64);
