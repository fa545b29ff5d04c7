package org.tongguan.casework.history;

import java.time.Instant;

import org.tongguan.region.RegionCode;

/**
 * 历史导入任务 — a history import running in the background, with its progress and, once finished, its report.
 *
 * @param id the job's id
 * @param status where it stands
 * @param importedBy the administrator who started it
 * @param scope the data scope its rows must lie in (the administrator's)
 * @param partial whether valid rows are stored when some are invalid
 * @param createdAt when it was accepted
 * @param startedAt when it began importing, {@code null} while queued
 * @param finishedAt when it ended, {@code null} while active
 * @param rowsRead the data rows read so far (as of the last committed batch)
 * @param imported the cases stored so far (removed again when the job fails or is cancelled)
 * @param skipped the rows whose external id was imported before
 * @param invalid the rows found invalid so far
 * @param backlog the stored cases still open
 * @param rowsPerSecond rows read per second since it started, to its end or to now
 * @param cancelRequested whether an administrator asked to cancel it
 * @param message why it failed or was cancelled, {@code null} otherwise
 * @param report once finished, what the synchronous import answers: its counts, errors and rejected-rows URL;
 * {@code null} while active or when it failed before reading the rows
 */
public record ImportJob(String id, ImportJobStatus status, String importedBy, RegionCode scope, boolean partial,
		Instant createdAt, Instant startedAt, Instant finishedAt, long rowsRead, long imported, long skipped,
		long invalid, long backlog, double rowsPerSecond, boolean cancelRequested, String message,
		ImportReport report) {

	/** The path at which a job is read and cancelled. */
	public static String url(String id) {
		return "/api/admin/cases/history-import/jobs/" + id;
	}
}
