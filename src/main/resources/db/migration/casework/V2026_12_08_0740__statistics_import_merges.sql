-- The statistics' bulk path for history import jobs (decision 0015, revision of 2026-12-07): a job stores each case's
-- contribution (casework_statistics_case) with the case, and merges the cells of many batches into the slices at once.
-- This row records, per running job, the highest case id whose contribution is in the slices; the job's cases above it
-- hold a contribution the slices do not count yet. The fold leaves changes of such cases pending until they are merged;
-- a rollback removes their contributions instead of folding them away. The row goes when the job ends.
CREATE TABLE casework_statistics_import (
	job VARCHAR(36) PRIMARY KEY,
	merged_through BIGINT
);
