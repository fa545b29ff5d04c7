-- The ready data of the case statistics kept as slices (decision 0015): one row per view, span and period holding
-- every cell of that view over that period, instead of one row per cell. A fold rewrites the few slices it touches
-- instead of merging thousands of rows, and a query reads one range of slices per span; the cells are encoded as
-- variable-length integers (org.tongguan.casework.statistics.SliceBytes), sorted by district and group.

-- span D (day) and M (month): the cells of the view's groups per district — each group's name and the sums of its
-- measures; span L: the closures at or after the due time (逾期结案) closed on the day `period`, by the cell of their
-- due day, so that a query takes away those closed on or after its end.
CREATE TABLE casework_statistics_slice (
	view_name VARCHAR(20) NOT NULL,
	span CHAR(1) NOT NULL,
	period DATE NOT NULL,
	cells BYTEA NOT NULL,
	PRIMARY KEY (view_name, span, period)
);

-- Per view and closure day: for each district and group, the working and the calendar handling times in seconds of
-- the cases that closed that day, each a sorted run of variable-length differences, for the exact medians.
CREATE TABLE casework_statistics_times (
	view_name VARCHAR(20) NOT NULL,
	span CHAR(1) NOT NULL,
	period DATE NOT NULL,
	runs BYTEA NOT NULL,
	PRIMARY KEY (view_name, span, period)
);

DROP TABLE casework_statistics_cell;
DROP TABLE casework_statistics_late;
DROP TABLE casework_statistics_closure;

-- The slices are built by folding every case again, as when rebuilding the ready data (docs/statistics.md); the
-- contributions now hold the unit grid, for the grid view.
DELETE FROM casework_statistics_case;
ALTER TABLE casework_statistics_case ADD COLUMN grid_code VARCHAR(15);
INSERT INTO casework_statistics_pending (case_id) SELECT id FROM casework_case;
