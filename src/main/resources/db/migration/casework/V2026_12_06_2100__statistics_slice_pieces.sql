-- The slices of the statistics' ready data in pieces (decision 0015): a slice's cells are kept in one row per district
-- (per street in the grid view) instead of one row for the whole city, so that no row grows past some tens of
-- kilobytes however large the city, and a fold rewrites only the pieces its cases touch. At 10,000,000 cases a day of
-- the grid view was one row of about 600 KB, which H2 could not store in the README's heap.
DROP TABLE casework_statistics_slice;
DROP TABLE casework_statistics_times;

CREATE TABLE casework_statistics_slice (
	view_name VARCHAR(20) NOT NULL,
	span CHAR(1) NOT NULL,
	period DATE NOT NULL,
	piece VARCHAR(15) NOT NULL,
	cells BYTEA NOT NULL,
	PRIMARY KEY (view_name, span, period, piece)
);

CREATE TABLE casework_statistics_times (
	view_name VARCHAR(20) NOT NULL,
	span CHAR(1) NOT NULL,
	period DATE NOT NULL,
	piece VARCHAR(15) NOT NULL,
	runs BYTEA NOT NULL,
	PRIMARY KEY (view_name, span, period, piece)
);

-- The pieces are built by folding every case again, as when rebuilding the ready data (docs/statistics.md).
DELETE FROM casework_statistics_case;
DELETE FROM casework_statistics_pending;
INSERT INTO casework_statistics_pending (case_id) SELECT id FROM casework_case;
