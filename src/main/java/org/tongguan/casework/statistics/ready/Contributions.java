package org.tongguan.casework.statistics.ready;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import org.tongguan.calendar.CalendarKind;
import org.tongguan.calendar.WorkingCalendar;
import org.tongguan.casework.CaseStage;
import org.tongguan.casework.Satisfaction;
import org.tongguan.casework.statistics.CaseStatistics;
import org.tongguan.casework.statistics.CountedCase;

/**
 * Computes what a case contributes to the statistics from its row of {@code casework_case}, by the definitions of
 * {@link CaseStatistics}; the working handling time is computed only when the case's last contribution does not
 * already hold it for the same filing, closure and calendar.
 */
public final class Contributions {

	/** The columns of {@code casework_case} a contribution is computed from. */
	public static final String COLUMNS = """
			id, stage, district_code, street_code, community_code, grid_code, lead_department, lead_department_name, category_code,
			category_name, channel, calendar_kind, reported_at, filed_at, dispatched_at, evaluated_at, due_at, closed_at,
			handling_from, dispatch_count, return_count, satisfaction, on_time, rework_count""";

	private final ZoneId zone;

	private final WorkingCalendar calendar;

	public Contributions(ZoneId zone, WorkingCalendar calendar) {
		this.zone = zone;
		this.calendar = calendar;
	}

	/**
	 * The contribution of the case in the current row of a query selecting {@link #COLUMNS}.
	 *
	 * @param before the case's last contribution, whose working time is kept when its span is unchanged, or
	 * {@code null}
	 * @param recalculate whether to compute the working time again even so (the working calendar changed)
	 */
	public Contribution of(ResultSet row, Contribution before, boolean recalculate) throws SQLException {
		return of(counted(row), before, recalculate);
	}

	/**
	 * The contribution of a case.
	 *
	 * @param before the case's last contribution, whose working time is kept when its span is unchanged, or
	 * {@code null} (an imported case has none)
	 * @param recalculate whether to compute the working time again even so (the working calendar changed)
	 */
	public Contribution of(CountedCase c, Contribution before, boolean recalculate) {
		boolean ended = c.stage().terminal() && c.stage() != CaseStage.CLOSED;
		boolean due = !ended && c.dueAt() != null;
		Instant closedAt = c.closedAt();
		return new Contribution(c.id(), c.district(), c.street(), c.community(), c.grid(), c.leadDepartment(),
				c.leadDepartmentName(), c.category(), c.categoryName(), c.channel(), day(c.reportedAt()),
				day(c.filedAt()), day(c.dispatchedAt()), day(c.evaluatedAt()), day(c.dueAt()), day(closedAt),
				c.dispatchCount(), c.returnCount(),
				c.satisfaction() == null ? null : Satisfaction.valueOf(c.satisfaction()).satisfied(), due,
				due && closedAt != null && closedAt.isBefore(c.dueAt()), Boolean.TRUE.equals(c.onTime()),
				c.reworkCount() > 0, ended ? null : handling(c.filedAt() != null ? c.filedAt() : c.handlingFrom(),
						closedAt, c.calendarKind(), before, recalculate));
	}

	/** The case in the current row of a query selecting {@link #COLUMNS}. */
	private static CountedCase counted(ResultSet row) throws SQLException {
		return new CountedCase(row.getLong("id"), CaseStage.valueOf(row.getString("stage")),
				row.getString("district_code"), row.getString("street_code"), row.getString("community_code"),
				row.getString("grid_code"), row.getString("lead_department"), row.getString("lead_department_name"),
				row.getString("category_code"), row.getString("category_name"), row.getString("channel"),
				row.getString("calendar_kind"), instant(row, "reported_at"), instant(row, "filed_at"),
				instant(row, "dispatched_at"), instant(row, "evaluated_at"), instant(row, "due_at"),
				instant(row, "closed_at"), instant(row, "handling_from"), row.getInt("dispatch_count"),
				row.getInt("return_count"), row.getString("satisfaction"), row.getObject("on_time", Boolean.class),
				row.getInt("rework_count"));
	}

	private Contribution.Handling handling(Instant start, Instant closed, String kind, Contribution before,
			boolean recalculate) {
		if (start == null || closed == null) {
			return null;
		}
		Contribution.Handling earlier = before == null ? null : before.handling();
		long working = !recalculate && earlier != null && earlier.sameSpan(start, closed, kind)
				? earlier.workingSeconds() : calendar.elapsed(start, closed, CalendarKind.valueOf(kind)).toSeconds();
		return new Contribution.Handling(start, closed, kind, working, Duration.between(start, closed).toSeconds());
	}

	private LocalDate day(Instant instant) {
		return instant == null ? null : LocalDate.ofInstant(instant, zone);
	}

	private static Instant instant(ResultSet row, String column) throws SQLException {
		OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}
}
