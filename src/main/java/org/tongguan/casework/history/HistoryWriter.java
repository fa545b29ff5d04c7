package org.tongguan.casework.history;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.tongguan.casework.Channel;
import org.tongguan.casework.history.row.HistoryCase;
import org.tongguan.casework.store.CaseMatter;
import org.tongguan.casework.store.CasePlace;
import org.tongguan.casework.store.Countdown;
import org.tongguan.casework.store.Milestones;
import org.tongguan.casework.store.Tally;
import org.tongguan.casework.timeline.Actor;
import org.tongguan.casework.timeline.Step;
import org.tongguan.shared.MultiRowInsert;
import org.tongguan.shared.persistence.CopyIn;

/**
 * Stores imported cases in batches with plain JDBC into {@code casework_case} (imported, channel HISTORY_IMPORT, no
 * workflow, {@code backlog} when still open, {@code handling_from} when the file has no filing time) and into {@code casework_timeline} with the entry noting the import: on PostgreSQL with COPY, elsewhere
 * with multi-row INSERT statements. Each case carries the idempotency key {@code HISTORY_IMPORT:<externalId>}, so the
 * same external id is never stored twice.
 */
@Component
class HistoryWriter {

	private static final String KEY_PREFIX = "HISTORY_IMPORT:";

	/** Rows per statement: a batch of the default 1,024 rows goes in four statements per table, all alike. */
	private static final int ROWS_PER_STATEMENT = 256;

	private static final String CASE_COLUMNS = """
			channel, stage, idempotency_key, external_id, reported_by, longitude, latitude, address, grid_code,
			community_code, street_code, district_code, category_code, category_version_id, category_name, urgency,
			calendar_kind, description, imported, reported_at, accepted_at, filed_at, dispatched_at, handled_at,
			verified_at, closed_at, evaluated_at, updated_at, limit_seconds, warn_at, due_at, warned, overdue, on_time,
			satisfaction, dispatch_count, return_count, rework_count, reopen_count, lead_department,
			lead_department_name, region_code, backlog, handling_from, import_job""";

	private static final String TIMELINE_COLUMNS = "actor, actor_name, actor_role, action, comment, to_stage, at";

	private static final MultiRowInsert CASES = new MultiRowInsert("casework_case (" + CASE_COLUMNS + ")",
			placeholders(CASE_COLUMNS), ROWS_PER_STATEMENT, "id", "idempotency_key");

	private static final MultiRowInsert TIMELINE = new MultiRowInsert(
			"casework_timeline (case_id, " + TIMELINE_COLUMNS + ")", placeholders("case_id, " + TIMELINE_COLUMNS),
			ROWS_PER_STATEMENT);

	private static final CopyIn COPY_CASES = new CopyIn("casework_case (id, " + CASE_COLUMNS + ")");

	private static final CopyIn COPY_TIMELINE = new CopyIn("casework_timeline (case_id, " + TIMELINE_COLUMNS + ")");

	private final JdbcTemplate jdbc;

	HistoryWriter(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The external ids among these that were imported before, each with the import job that stored it ({@code ""}
	 * when stored by a synchronous import). One array parameter rather than a list of placeholders, so that the
	 * database plans an index lookup however much the table grew in this transaction.
	 */
	Map<String, String> imported(List<String> externalIds) {
		if (externalIds.isEmpty()) {
			return Map.of();
		}
		return jdbc.execute((Connection connection) -> {
			Array keys = connection.createArrayOf("VARCHAR",
					externalIds.stream().map(id -> KEY_PREFIX + id).toArray());
			try (PreparedStatement select = connection
				.prepareStatement("SELECT external_id, import_job FROM casework_case WHERE idempotency_key = ANY (?)")) {
				select.setArray(1, keys);
				Map<String, String> found = new HashMap<>();
				try (ResultSet rows = select.executeQuery()) {
					while (rows.next()) {
						String job = rows.getString(2);
						found.put(rows.getString(1), job == null ? "" : job);
					}
				}
				return found;
			}
			finally {
				keys.free();
			}
		});
	}

	/**
	 * Stores the cases and their timeline entries and answers the cases' ids, in the order of the cases: on
	 * PostgreSQL with COPY, the case ids drawn from the table's sequence beforehand; elsewhere with multi-row INSERTs
	 * that return the ids.
	 *
	 * @param job the import job storing them, recorded on each case so the job can remove them again; {@code null}
	 * for a synchronous import
	 */
	long[] insert(List<HistoryCase> cases, Actor importer, Instant now, String job) {
		if (cases.isEmpty()) {
			return new long[0];
		}
		Rows rows = new Rows(importer, now, job);
		return jdbc.execute((Connection connection) -> {
			if (CopyIn.availableOn(connection)) {
				long[] ids = nextIds(connection, cases.size());
				COPY_CASES.copy(connection, cases.size(), row -> rows.withId(ids[row], rows.of(cases.get(row))));
				COPY_TIMELINE.copy(connection, cases.size(),
						row -> rows.withId(ids[row], rows.timelineOf(cases.get(row))));
				return ids;
			}
			long[] ids = insertCases(connection, cases, rows);
			TIMELINE.insert(connection, cases.size(), (insert, first, row) -> bind(insert, first,
					rows.withId(ids[row], rows.timelineOf(cases.get(row)))));
			return ids;
		});
	}

	/** Draws ids for {@code count} new cases from the sequence of the table's identity column. */
	private static long[] nextIds(Connection connection, int count) throws SQLException {
		try (PreparedStatement next = connection.prepareStatement("""
				SELECT nextval(sequence) FROM (SELECT pg_get_serial_sequence('casework_case', 'id') AS sequence
					OFFSET 0) named, generate_series(1, ?)""")) {
			next.setInt(1, count);
			long[] ids = new long[count];
			try (ResultSet drawn = next.executeQuery()) {
				for (int i = 0; i < count; i++) {
					drawn.next();
					ids[i] = drawn.getLong(1);
				}
			}
			return ids;
		}
	}

	/**
	 * Inserts the cases and answers their generated ids in the order of the cases, matched by idempotency key: a
	 * multi-row INSERT returns them in the order of its rows on H2 and PostgreSQL alike, but only the key makes that
	 * certain.
	 */
	private static long[] insertCases(Connection connection, List<HistoryCase> cases, Rows rows)
			throws SQLException {
		Map<String, Long> ids = new HashMap<>(cases.size() * 2);
		CASES.insert(connection, cases.size(), (insert, first, row) -> bind(insert, first, rows.of(cases.get(row))),
				returned -> {
					while (returned.next()) {
						ids.put(returned.getString(2), returned.getLong(1));
					}
				});
		if (ids.size() != cases.size()) {
			throw new SQLException("The database returned " + ids.size() + " ids for " + cases.size() + " cases");
		}
		long[] ordered = new long[cases.size()];
		for (int i = 0; i < ordered.length; i++) {
			ordered[i] = ids.get(key(cases.get(i)));
		}
		return ordered;
	}

	/** Binds one row's values, instants as the timestamps with time zone their columns hold. */
	private static void bind(PreparedStatement insert, int first, Object[] values) throws SQLException {
		for (int i = 0; i < values.length; i++) {
			insert.setObject(first + i, values[i] instanceof Instant instant ? time(instant) : values[i]);
		}
	}

	/** The column values of the rows one import stores, in the order of {@link #CASE_COLUMNS} and the timeline's. */
	private record Rows(Actor importer, Instant importedAt, String job) {

		Object[] of(HistoryCase fresh) {
			CasePlace place = fresh.place();
			CaseMatter matter = fresh.matter();
			Milestones reached = fresh.reached();
			Countdown overall = fresh.overall();
			Tally tally = fresh.tally();
			return new Object[] { Channel.HISTORY_IMPORT.name(), fresh.stage().name(), key(fresh),
					fresh.externalId(), importer.username(), place.longitude(), place.latitude(), place.address(),
					text(place.grid()), text(place.community()), text(place.street()), text(place.district()),
					matter.category().value(), matter.version().value(), matter.categoryName(),
					matter.urgency().name(), matter.calendar().name(), matter.description(), true,
					reached.reported(), reached.accepted(), reached.filed(), reached.dispatched(), reached.handled(),
					reached.verified(), reached.closed(), reached.evaluated(), importedAt, seconds(overall.limit()),
					overall.warnAt(), overall.dueAt(), overall.warned(), overall.overdue(), fresh.onTime(),
					fresh.satisfaction() == null ? null : fresh.satisfaction().name(), tally.dispatches(),
					tally.returns(), tally.reworks(), tally.reopens(),
					fresh.lead() == null ? null : fresh.lead().code().value(),
					fresh.lead() == null ? null : fresh.lead().name(), text(place.finest()), fresh.backlog(),
					fresh.handlingFrom(), job };
		}

		/** The timeline entry noting the import (without the case id). */
		Object[] timelineOf(HistoryCase imported) {
			return new Object[] { importer.username(), importer.name(),
					importer.role() == null ? null : importer.role().name(), Step.REPORT.name(),
					Channel.HISTORY_IMPORT.label() + "：外部编号 " + imported.externalId() + "，文件第 " + imported.line()
							+ " 行",
					imported.stage().name(), importedAt };
		}

		Object[] withId(long id, Object[] values) {
			Object[] row = new Object[values.length + 1];
			row[0] = id;
			System.arraycopy(values, 0, row, 1, values.length);
			return row;
		}
	}

	/** One row's values in an INSERT: a placeholder for each of the columns. */
	private static String placeholders(String columns) {
		return "(" + String.join(", ", Collections.nCopies(columns.split(",").length, "?")) + ")";
	}

	private static String key(HistoryCase imported) {
		return KEY_PREFIX + imported.externalId();
	}

	/**
	 * The instant as a timestamp with time zone (UTC), built from its epoch second rather than through the offset's
	 * zone rules, which {@link Instant#atOffset} creates anew on each call.
	 */
	private static Object time(Instant instant) {
		return OffsetDateTime.of(LocalDateTime.ofEpochSecond(instant.getEpochSecond(), instant.getNano(), ZoneOffset.UTC),
				ZoneOffset.UTC);
	}

	private static Long seconds(Duration duration) {
		return duration == null ? null : duration.toSeconds();
	}

	private static String text(Object code) {
		return code == null ? null : code.toString();
	}
}
