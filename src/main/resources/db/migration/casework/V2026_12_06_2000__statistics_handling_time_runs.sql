-- Exact medians of the handling times from runs kept per cell (decision 0015): for each cell of the statistics (view,
-- span, period, district, group), the working and the calendar handling times in seconds of the cases that closed
-- in its period, each a sorted run stored as variable-length differences (one to three bytes per closure). A query
-- reads the runs of its cells, not every closure of its period; they replace the table of closures in closure order.
CREATE TABLE casework_statistics_times (
	view_name VARCHAR(20) NOT NULL,
	district_code VARCHAR(6) NOT NULL,
	span CHAR(1) NOT NULL,
	period DATE NOT NULL,
	group_key VARCHAR(64) NOT NULL,
	working BYTEA NOT NULL,
	calendar BYTEA NOT NULL,
	PRIMARY KEY (view_name, span, period, district_code, group_key)
);

DROP TABLE casework_statistics_closure;

-- The runs are built by folding every case again, as when rebuilding the ready data (docs/statistics.md).
DELETE FROM casework_statistics_cell;
DELETE FROM casework_statistics_late;
DELETE FROM casework_statistics_case;
INSERT INTO casework_statistics_pending (case_id) SELECT id FROM casework_case;
