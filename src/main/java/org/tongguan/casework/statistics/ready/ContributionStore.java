package org.tongguan.casework.statistics.ready;

import java.sql.Connection;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tongguan.shared.persistence.CopyIn;

/** Reads and replaces what cases contributed to the statistics as last folded ({@code casework_statistics_case}). */
@Repository
public class ContributionStore {

	/** Ids per statement: an IN list of at most this many values. */
	static final int IDS_PER_STATEMENT = 500;

	private static final String COLUMNS = """
			case_id, district_code, street_code, community_code, grid_code, lead_department, lead_department_name, category_code,
			category_name, channel, reported_day, filed_day, dispatched_day, evaluated_day, due_day, closed_day,
			dispatch_count, return_count, satisfied, due, closed_early, on_time, reworked, handling_start, closed_at,
			calendar_kind, working_seconds, calendar_seconds""";

	private static final CopyIn COPY = new CopyIn("casework_statistics_case (" + COLUMNS + ")");

	private static final String INSERT = "INSERT INTO casework_statistics_case (" + COLUMNS + ") VALUES ("
			+ "?, ".repeat(COLUMNS.split(",").length - 1) + "?)";

	private final JdbcClient jdbc;

	private final JdbcTemplate batches;

	ContributionStore(JdbcClient jdbc, JdbcTemplate batches) {
		this.jdbc = jdbc;
		this.batches = batches;
	}

	/** The last contributions of those of the cases that have one, by case id. */
	public Map<Long, Contribution> find(Collection<Long> ids) {
		Map<Long, Contribution> found = new HashMap<>();
		for (List<Long> part : parts(ids)) {
			jdbc.sql("SELECT " + COLUMNS + " FROM casework_statistics_case WHERE case_id IN (:ids)")
				.param("ids", part)
				.query((ResultSet row) -> {
					Contribution c = contribution(row);
					found.put(c.caseId(), c);
				});
		}
		return found;
	}

	/**
	 * Replaces the contributions of the cases that had one (their ids) with the current ones (a case missing from
	 * those no longer has one).
	 */
	public void replace(Collection<Long> ids, List<Contribution> contributions) {
		delete(ids);
		insert(contributions);
	}

	/**
	 * Stores the contributions of cases that have none yet (imported ones): on PostgreSQL with COPY, elsewhere as a
	 * JDBC batch.
	 */
	public void insert(List<Contribution> contributions) {
		if (contributions.isEmpty()) {
			return;
		}
		boolean copy = Boolean.TRUE.equals(batches.execute((Connection connection) -> {
			if (!CopyIn.availableOn(connection)) {
				return false;
			}
			COPY.copy(connection, contributions.size(), row -> values(contributions.get(row)));
			return true;
		}));
		if (!copy) {
			batches.batchUpdate(INSERT, contributions.stream().map(ContributionStore::row).toList());
		}
	}

	/** Removes the contributions of those of the cases that have one. */
	public void delete(Collection<Long> ids) {
		for (List<Long> part : parts(ids)) {
			jdbc.sql("DELETE FROM casework_statistics_case WHERE case_id IN (:ids)").param("ids", part).update();
		}
	}

	/** A contribution's values in the order of {@link #COLUMNS}: days as dates and times as instants. */
	private static Object[] values(Contribution c) {
		Contribution.Handling h = c.handling();
		return new Object[] { c.caseId(), c.district(), c.street(), c.community(), c.grid(), c.department(),
						c.departmentName(), c.category(), c.categoryName(), c.channel(), c.reported(), c.filed(),
						c.dispatched(), c.evaluated(), c.dueDay(), c.closedDay(), c.dispatches(), c.returns(),
						c.satisfied(), c.due(), c.closedEarly(), c.onTime(), c.reworked(),
						h == null ? null : h.start(), h == null ? null : h.closed(),
						h == null ? null : h.calendarKind(), h == null ? null : h.workingSeconds(),
						h == null ? null : h.calendarSeconds() };
	}

	/** A contribution's values as JDBC binds them: dates as SQL dates, instants with their UTC offset. */
	private static Object[] row(Contribution c) {
		Object[] values = values(c);
		for (int i = 0; i < values.length; i++) {
			if (values[i] instanceof LocalDate day) {
				values[i] = Date.valueOf(day);
			}
			else if (values[i] instanceof Instant instant) {
				values[i] = instant.atOffset(ZoneOffset.UTC);
			}
		}
		return values;
	}

	public static <T> List<List<T>> parts(Collection<T> values) {
		List<T> all = new ArrayList<>(values);
		List<List<T>> parts = new ArrayList<>();
		for (int i = 0; i < all.size(); i += IDS_PER_STATEMENT) {
			parts.add(all.subList(i, Math.min(all.size(), i + IDS_PER_STATEMENT)));
		}
		return parts;
	}

	private static Contribution contribution(ResultSet row) throws SQLException {
		Instant start = instant(row, "handling_start");
		Contribution.Handling handling = start == null ? null : new Contribution.Handling(start,
				instant(row, "closed_at"), row.getString("calendar_kind"), row.getLong("working_seconds"),
				row.getLong("calendar_seconds"));
		return new Contribution(row.getLong("case_id"), row.getString("district_code"), row.getString("street_code"),
				row.getString("community_code"), row.getString("grid_code"), row.getString("lead_department"),
				row.getString("lead_department_name"), row.getString("category_code"), row.getString("category_name"),
				row.getString("channel"), day(row, "reported_day"), day(row, "filed_day"),
				day(row, "dispatched_day"), day(row, "evaluated_day"), day(row, "due_day"), day(row, "closed_day"),
				row.getInt("dispatch_count"), row.getInt("return_count"), row.getObject("satisfied", Boolean.class),
				row.getBoolean("due"), row.getBoolean("closed_early"), row.getBoolean("on_time"),
				row.getBoolean("reworked"), handling);
	}

	private static LocalDate day(ResultSet row, String column) throws SQLException {
		Date date = row.getDate(column);
		return date == null ? null : date.toLocalDate();
	}

	private static Instant instant(ResultSet row, String column) throws SQLException {
		OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

}
