-- Imported backlog (历史积案): a case imported while still open. It has no workflow, so it is kept out of the live work
-- lists (the case list unless includeBacklog=true); it counts in the statistics like any imported case.
ALTER TABLE casework_case ADD COLUMN backlog BOOLEAN DEFAULT FALSE NOT NULL;
UPDATE casework_case SET backlog = TRUE
	WHERE imported = TRUE AND closed_at IS NULL AND stage NOT IN ('VOIDED', 'MERGED', 'TRANSFERRED');
-- When an imported case's handling time (办理时长) counts from, for a row without a filing time: its acceptance,
-- else its report. Left empty when the case was filed (handling time counts from filed_at).
ALTER TABLE casework_case ADD COLUMN handling_from TIMESTAMP WITH TIME ZONE;

-- Value maps (值映射) of the history import: per field, an old system's value and the platform value it stands for.
CREATE TABLE casework_history_value_map (
	field VARCHAR(20) NOT NULL,
	old_value VARCHAR(200) NOT NULL,
	target VARCHAR(200) NOT NULL,
	PRIMARY KEY (field, old_value)
);

-- The history imports that rejected rows, and those rows (fields as CSV), kept for download for a few days.
CREATE TABLE casework_history_import (
	id VARCHAR(36) PRIMARY KEY,
	imported_by VARCHAR(100) NOT NULL,
	imported_at TIMESTAMP WITH TIME ZONE NOT NULL,
	header VARCHAR(100000) NOT NULL,
	rejected_rows INTEGER NOT NULL
);
CREATE INDEX casework_history_import_at ON casework_history_import (imported_at);

CREATE TABLE casework_history_rejected (
	import_id VARCHAR(36) NOT NULL REFERENCES casework_history_import (id) ON DELETE CASCADE,
	line_number INTEGER NOT NULL,
	reasons VARCHAR(100000) NOT NULL,
	fields VARCHAR(1000000) NOT NULL,
	PRIMARY KEY (import_id, line_number)
);
