-- History import jobs (历史导入任务): a long import runs in the background, committing its cases in batches. Each
-- case it stores carries the job's id, so that a cancelled or failed job, or one a platform stop interrupted, can
-- remove exactly its own cases. No index on import_job: removal walks the id range the job row records
-- (first_case_id .. last_case_id) on the primary key, which keeps the import's inserts from maintaining one more index.
ALTER TABLE casework_case ADD COLUMN import_job VARCHAR(36);

CREATE TABLE casework_history_import_job (
	id VARCHAR(36) PRIMARY KEY,
	status VARCHAR(12) NOT NULL,
	-- 'X' while the job is queued or running, NULL otherwise: the unique index lets one job run at a time per platform
	active CHAR(1) UNIQUE,
	imported_by VARCHAR(100) NOT NULL,
	scope_code VARCHAR(12) NOT NULL,
	is_partial BOOLEAN NOT NULL,
	created_at TIMESTAMP WITH TIME ZONE NOT NULL,
	started_at TIMESTAMP WITH TIME ZONE,
	finished_at TIMESTAMP WITH TIME ZONE,
	-- the running node's sign of life; a queued or running job whose heartbeat stopped is rolled back
	heartbeat TIMESTAMP WITH TIME ZONE NOT NULL,
	cancel_requested BOOLEAN DEFAULT FALSE NOT NULL,
	rows_read BIGINT DEFAULT 0 NOT NULL,
	imported BIGINT DEFAULT 0 NOT NULL,
	skipped BIGINT DEFAULT 0 NOT NULL,
	invalid BIGINT DEFAULT 0 NOT NULL,
	backlog BIGINT DEFAULT 0 NOT NULL,
	first_case_id BIGINT,
	last_case_id BIGINT,
	message VARCHAR(2000),
	-- the import's report (JSON), as the synchronous import answers it, once the job finished
	report VARCHAR(1000000)
);
CREATE INDEX casework_history_import_job_status ON casework_history_import_job (status);
