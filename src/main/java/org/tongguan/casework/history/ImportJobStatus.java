package org.tongguan.casework.history;

/** Where a history import job (历史导入任务) stands. */
public enum ImportJobStatus {

	/** Accepted, its file stored on the platform, waiting for the importing thread. */
	QUEUED,

	/** Importing: its batches are committed as they are stored. */
	RUNNING,

	/** Every row stored (or skipped, or with partial=true rejected); the statistics include its cases. */
	SUCCEEDED,

	/** Stopped by an error or (without partial=true) an invalid row; none of its cases were kept. */
	FAILED,

	/** Cancelled by an administrator; none of its cases were kept. */
	CANCELLED;

	/** Whether the job still runs or waits to. */
	boolean active() {
		return this == QUEUED || this == RUNNING;
	}
}
