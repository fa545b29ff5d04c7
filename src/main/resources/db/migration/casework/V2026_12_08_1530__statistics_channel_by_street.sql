-- The statistics' channel view keeps its cells per street and channel (decision 0015, revision of 2026-12-07
-- afternoon), so that a street's figures by channel are read from the ready data instead of scanning the district's
-- cases. The ready data is built again by folding every case, as when rebuilding it (docs/statistics.md).
DELETE FROM casework_statistics_slice;
DELETE FROM casework_statistics_times;
DELETE FROM casework_statistics_case;
DELETE FROM casework_statistics_pending;
INSERT INTO casework_statistics_pending (case_id) SELECT id FROM casework_case;
