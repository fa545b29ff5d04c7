package org.tongguan.casework.history;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.tongguan.region.RegionCode;
import org.tongguan.shared.ConflictException;

import tools.jackson.databind.ObjectMapper;

/** The import jobs' rows in {@code casework_history_import_job}: status, progress, heartbeat and report. */
@Component
class ImportJobStore {

	private static final String ACTIVE = "'QUEUED', 'RUNNING'";

	private final JdbcTemplate jdbc;

	private final ObjectMapper json;

	private final Clock clock;

	ImportJobStore(JdbcTemplate jdbc, ObjectMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * Records a queued job.
	 *
	 * @throws ConflictException when another job is queued or running: one runs at a time per platform
	 */
	void create(String id, Importer importer, boolean partial) {
		Object now = time(clock.instant());
		try {
			jdbc.update("INSERT INTO casework_history_import_job (id, status, active, imported_by, scope_code, "
					+ "is_partial, created_at, heartbeat) VALUES (?, 'QUEUED', 'X', ?, ?, ?, ?, ?)", id,
					importer.actor().username(), importer.scope().value(), partial, now, now);
		}
		catch (DuplicateKeyException e) {
			List<String> running = jdbc.queryForList("SELECT id FROM casework_history_import_job WHERE active = 'X'",
					String.class);
			throw new ConflictException("Another history import job is running (" + String.join(", ", running)
					+ "); one runs at a time. Start this one when it has finished, or cancel it");
		}
	}

	/** Marks a queued job running. */
	void start(String id) {
		Object now = time(clock.instant());
		jdbc.update("UPDATE casework_history_import_job SET status = 'RUNNING', started_at = ?, heartbeat = ? "
				+ "WHERE id = ?", now, now, id);
	}

	/**
	 * Records the progress of a running job in the transaction of the batch it stored; answers whether it was asked
	 * to cancel.
	 *
	 * @param firstCase the lowest case id the batch stored ({@code Long.MAX_VALUE} when none)
	 * @param lastCase the highest ({@code Long.MIN_VALUE} when none)
	 */
	boolean progress(String id, ImportRun run, long firstCase, long lastCase) {
		ImportTally tally = run.tally();
		Long first = firstCase == Long.MAX_VALUE ? null : firstCase;
		Long last = lastCase == Long.MIN_VALUE ? null : lastCase;
		jdbc.update("UPDATE casework_history_import_job SET rows_read = ?, imported = ?, skipped = ?, invalid = ?, "
				+ "backlog = ?, first_case_id = COALESCE(LEAST(first_case_id, ?), first_case_id, ?), "
				+ "last_case_id = COALESCE(GREATEST(last_case_id, ?), last_case_id, ?), heartbeat = ? WHERE id = ?",
				run.reader().rows(), tally.imported, tally.skipped, run.invalid(), tally.backlog, first, first, last,
				last, time(clock.instant()), id);
		return Boolean.TRUE.equals(jdbc.queryForObject(
				"SELECT cancel_requested FROM casework_history_import_job WHERE id = ?", Boolean.class, id));
	}

	/** Ends a job: its status, why, and its report (the imported counts are the report's). */
	void finish(String id, ImportJobStatus status, String message, ImportReport report) {
		String text = message == null || message.length() <= 2000 ? message : message.substring(0, 1997) + "...";
		jdbc.update("UPDATE casework_history_import_job SET status = ?, active = NULL, finished_at = ?, message = ?, "
				+ "report = ?" + (report == null ? "" : ", rows_read = ?, imported = ?, skipped = ?, invalid = ?, "
						+ "backlog = ?") + " WHERE id = ?",
				report == null ? new Object[] { status.name(), time(clock.instant()), text, null, id }
						: new Object[] { status.name(), time(clock.instant()), text, json.writeValueAsString(report),
								report.rows(), report.imported(), report.skipped(), report.invalid(),
								report.backlog(), id });
	}

	/** Asks a queued or running job to cancel; answers whether it is one. */
	boolean requestCancel(String id) {
		return jdbc.update("UPDATE casework_history_import_job SET cancel_requested = TRUE WHERE id = ? AND status IN ("
				+ ACTIVE + ")", id) > 0;
	}

	/** Renews the heartbeat of the jobs this node runs. */
	void beat(Collection<String> ids) {
		Object now = time(clock.instant());
		ids.forEach(id -> jdbc.update("UPDATE casework_history_import_job SET heartbeat = ? WHERE id = ?", now, id));
	}

	/** The queued or running jobs without a sign of life for longer than {@code after}. */
	List<String> abandoned(Duration after) {
		return jdbc.queryForList("SELECT id FROM casework_history_import_job WHERE status IN (" + ACTIVE
				+ ") AND heartbeat < ?", String.class, time(clock.instant().minus(after)));
	}

	/** The range of case ids the job stored, {@code null} when it stored none. */
	long[] caseRange(String id) {
		return jdbc.query("SELECT first_case_id, last_case_id FROM casework_history_import_job WHERE id = ? AND "
				+ "first_case_id IS NOT NULL", rs -> rs.next() ? new long[] { rs.getLong(1), rs.getLong(2) } : null,
				id);
	}

	Optional<ImportJob> find(String id) {
		return jdbc.query("SELECT * FROM casework_history_import_job WHERE id = ?", (rs, row) -> job(rs), id)
			.stream()
			.findFirst();
	}

	private ImportJob job(ResultSet rs) throws SQLException {
		Instant started = instant(rs, "started_at");
		Instant finished = instant(rs, "finished_at");
		long rows = rs.getLong("rows_read");
		double seconds = started == null ? 0
				: Duration.between(started, finished == null ? clock.instant() : finished).toMillis() / 1000.0;
		String report = rs.getString("report");
		return new ImportJob(rs.getString("id"), ImportJobStatus.valueOf(rs.getString("status")),
				rs.getString("imported_by"), RegionCode.of(rs.getString("scope_code")), rs.getBoolean("is_partial"),
				instant(rs, "created_at"), started, finished, rows, rs.getLong("imported"), rs.getLong("skipped"),
				rs.getLong("invalid"), rs.getLong("backlog"), seconds > 0 ? Math.round(rows / seconds) : 0,
				rs.getBoolean("cancel_requested"), rs.getString("message"),
				report == null ? null : json.readValue(report, ImportReport.class));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
		return time == null ? null : time.toInstant();
	}

	private static Object time(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}
}
