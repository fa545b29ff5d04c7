package org.tongguan.casework.history;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.tongguan.casework.Channel;
import org.tongguan.casework.internal.Actor;
import org.tongguan.casework.internal.CaseMatter;
import org.tongguan.casework.internal.CasePlace;
import org.tongguan.casework.internal.Countdown;
import org.tongguan.casework.internal.Milestones;
import org.tongguan.casework.internal.Step;
import org.tongguan.casework.internal.Tally;

/**
 * Stores imported cases in batches with plain JDBC: one batch insert into {@code casework_case} (imported, channel
 * HISTORY_IMPORT, no workflow) and one into {@code casework_timeline} with the entry noting the import. Each case
 * carries the idempotency key {@code HISTORY_IMPORT:<externalId>}, so the same external id is never stored twice.
 */
@Component
class HistoryWriter {

	private static final String KEY_PREFIX = "HISTORY_IMPORT:";

	private static final String INSERT_CASE = """
			INSERT INTO casework_case (channel, stage, idempotency_key, external_id, reported_by, longitude, latitude,
				address, grid_code, community_code, street_code, district_code, category_code, category_version_id,
				category_name, urgency, calendar_kind, description, imported, reported_at, accepted_at, filed_at,
				dispatched_at, handled_at, verified_at, closed_at, evaluated_at, updated_at, limit_seconds, warn_at,
				due_at, warned, overdue, on_time, satisfaction, dispatch_count, return_count, rework_count,
				reopen_count, lead_department, lead_department_name)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, TRUE, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
				?, ?, ?, ?, ?, ?, ?, ?)""";

	private static final String INSERT_TIMELINE = """
			INSERT INTO casework_timeline (case_id, at, actor, actor_name, actor_role, action, comment, to_stage)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?)""";

	private final JdbcTemplate jdbc;

	HistoryWriter(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The external ids among these that were imported before. One array parameter rather than a list of
	 * placeholders, so that the database plans an index lookup however much the table grew in this transaction.
	 */
	Set<String> imported(List<String> externalIds) {
		if (externalIds.isEmpty()) {
			return Set.of();
		}
		return jdbc.execute((Connection connection) -> {
			Array keys = connection.createArrayOf("VARCHAR",
					externalIds.stream().map(id -> KEY_PREFIX + id).toArray());
			try (PreparedStatement select = connection
				.prepareStatement("SELECT external_id FROM casework_case WHERE idempotency_key = ANY (?)")) {
				select.setArray(1, keys);
				Set<String> found = new HashSet<>();
				try (ResultSet rows = select.executeQuery()) {
					while (rows.next()) {
						found.add(rows.getString(1));
					}
				}
				return found;
			}
			finally {
				keys.free();
			}
		});
	}

	/** Stores the cases and their timeline entries. */
	void insert(List<HistoryCase> cases, Actor importer, Instant now) {
		if (cases.isEmpty()) {
			return;
		}
		jdbc.execute((Connection connection) -> {
			long[] ids = insertCases(connection, cases, importer, now);
			insertTimeline(connection, cases, ids, importer, now);
			return null;
		});
	}

	private static long[] insertCases(Connection connection, List<HistoryCase> cases, Actor importer, Instant now)
			throws SQLException {
		try (PreparedStatement insert = connection.prepareStatement(INSERT_CASE, new String[] { "id" })) {
			for (HistoryCase fresh : cases) {
				bindCase(insert, fresh, importer, now);
				insert.addBatch();
			}
			insert.executeBatch();
			long[] ids = new long[cases.size()];
			try (ResultSet keys = insert.getGeneratedKeys()) {
				for (int i = 0; i < ids.length; i++) {
					if (!keys.next()) {
						throw new SQLException("The database returned " + i + " ids for " + ids.length + " cases");
					}
					ids[i] = keys.getLong(1);
				}
			}
			return ids;
		}
	}

	private static void bindCase(PreparedStatement insert, HistoryCase fresh, Actor importer, Instant now)
			throws SQLException {
		CasePlace place = fresh.place();
		CaseMatter matter = fresh.matter();
		Milestones reached = fresh.reached();
		Countdown overall = fresh.overall();
		Tally tally = fresh.tally();
		Object[] values = { Channel.HISTORY_IMPORT.name(), fresh.stage().name(), KEY_PREFIX + fresh.externalId(),
				fresh.externalId(), importer.username(), place.longitude(), place.latitude(), place.address(),
				text(place.grid()), text(place.community()), text(place.street()), text(place.district()),
				matter.category().value(), matter.version().value(), matter.categoryName(), matter.urgency().name(),
				matter.calendar().name(), matter.description(), time(reached.reported()), time(reached.accepted()),
				time(reached.filed()), time(reached.dispatched()), time(reached.handled()), time(reached.verified()),
				time(reached.closed()), time(reached.evaluated()), time(now), seconds(overall.limit()),
				time(overall.warnAt()), time(overall.dueAt()), overall.warned(), overall.overdue(), fresh.onTime(),
				fresh.satisfaction() == null ? null : fresh.satisfaction().name(), tally.dispatches(),
				tally.returns(), tally.reworks(), tally.reopens(),
				fresh.lead() == null ? null : fresh.lead().code().value(),
				fresh.lead() == null ? null : fresh.lead().name() };
		for (int i = 0; i < values.length; i++) {
			insert.setObject(i + 1, values[i]);
		}
	}

	private static void insertTimeline(Connection connection, List<HistoryCase> cases, long[] ids, Actor importer,
			Instant now) throws SQLException {
		try (PreparedStatement insert = connection.prepareStatement(INSERT_TIMELINE)) {
			Object at = time(now);
			for (int i = 0; i < ids.length; i++) {
				HistoryCase imported = cases.get(i);
				insert.setLong(1, ids[i]);
				insert.setObject(2, at);
				insert.setString(3, importer.username());
				insert.setString(4, importer.name());
				insert.setString(5, importer.role() == null ? null : importer.role().name());
				insert.setString(6, Step.REPORT.name());
				insert.setString(7, Channel.HISTORY_IMPORT.label() + "：外部编号 " + imported.externalId() + "，文件第 "
						+ imported.line() + " 行");
				insert.setString(8, imported.stage().name());
				insert.addBatch();
			}
			insert.executeBatch();
		}
	}

	private static Object time(Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}

	private static Long seconds(Duration duration) {
		return duration == null ? null : duration.toSeconds();
	}

	private static String text(Object code) {
		return code == null ? null : code.toString();
	}
}
