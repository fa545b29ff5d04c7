package org.tongguan.casework.store;

import static org.tongguan.casework.store.SqlValues.constant;
import static org.tongguan.casework.store.SqlValues.department;
import static org.tongguan.casework.store.SqlValues.flag;
import static org.tongguan.casework.store.SqlValues.instant;
import static org.tongguan.casework.store.SqlValues.number;
import static org.tongguan.casework.store.SqlValues.region;
import static org.tongguan.casework.store.SqlValues.seconds;

import java.sql.ResultSet;
import java.sql.SQLException;

import org.springframework.jdbc.core.RowMapper;
import org.tongguan.calendar.CalendarKind;
import org.tongguan.casework.CaseId;
import org.tongguan.casework.CaseStage;
import org.tongguan.casework.Channel;
import org.tongguan.casework.Reporter;
import org.tongguan.casework.Satisfaction;
import org.tongguan.casework.dispatch.DispatchRule;
import org.tongguan.catalog.CategoryCode;
import org.tongguan.catalog.CategoryVersionId;
import org.tongguan.catalog.MatterKind;
import org.tongguan.catalog.Urgency;
import org.tongguan.region.RegionLevel;

/** Reads a {@code casework_case} row. */
public final class CaseRows implements RowMapper<CaseRecord> {

	public static final CaseRows INSTANCE = new CaseRows();

	@Override
	public CaseRecord mapRow(ResultSet rs, int rowNum) throws SQLException {
		long mergedInto = rs.getLong("merged_into");
		CaseId master = rs.wasNull() ? null : new CaseId(mergedInto);
		return new CaseRecord(new CaseId(rs.getLong("id")), constant(rs, "channel", Channel.class),
				constant(rs, "stage", CaseStage.class), rs.getString("external_id"), rs.getString("reported_by"),
				reporter(rs), place(rs), matter(rs), milestones(rs), overall(rs), stageClock(rs),
				instant(rs, "suspended_since"), instant(rs, "alarm_at"),
				constant(rs, "escalation_level", RegionLevel.class), tally(rs), assignment(rs), flag(rs, "on_time"),
				constant(rs, "satisfaction", Satisfaction.class), rs.getBoolean("self_handled"),
				rs.getBoolean("duplicate_suspect"), rs.getBoolean("imported"), master, rs.getString("note"),
				rs.getString("process_instance_id"), instant(rs, "updated_at"));
	}

	private static Reporter reporter(ResultSet rs) throws SQLException {
		String name = rs.getString("reporter_name");
		String phone = rs.getString("reporter_phone");
		return name == null && phone == null ? null : new Reporter(name, phone);
	}

	private static CasePlace place(ResultSet rs) throws SQLException {
		return new CasePlace(number(rs, "longitude"), number(rs, "latitude"), rs.getString("address"),
				region(rs, "grid_code"), region(rs, "community_code"), region(rs, "street_code"),
				region(rs, "district_code"));
	}

	private static CaseMatter matter(ResultSet rs) throws SQLException {
		return new CaseMatter(CategoryCode.of(rs.getString("category_code")),
				new CategoryVersionId(rs.getLong("category_version_id")), rs.getString("category_name"),
				constant(rs, "matter_type", MatterKind.class), constant(rs, "urgency", Urgency.class),
				constant(rs, "calendar_kind", CalendarKind.class), rs.getString("description"));
	}

	private static Milestones milestones(ResultSet rs) throws SQLException {
		return new Milestones(instant(rs, "reported_at"), instant(rs, "accepted_at"), instant(rs, "filed_at"),
				instant(rs, "dispatched_at"), instant(rs, "handled_at"), instant(rs, "verified_at"),
				instant(rs, "closed_at"), instant(rs, "evaluated_at"));
	}

	private static Countdown overall(ResultSet rs) throws SQLException {
		if (instant(rs, "due_at") == null) {
			return null;
		}
		return new Countdown(instant(rs, "reported_at"), seconds(rs, "limit_seconds"), seconds(rs, "paused_seconds"),
				instant(rs, "warn_at"), instant(rs, "due_at"), rs.getBoolean("warned"), rs.getBoolean("overdue"));
	}

	private static Countdown stageClock(ResultSet rs) throws SQLException {
		if (instant(rs, "stage_started_at") == null) {
			return null;
		}
		return new Countdown(instant(rs, "stage_started_at"), seconds(rs, "stage_limit_seconds"),
				seconds(rs, "stage_paused_seconds"), instant(rs, "stage_warn_at"), instant(rs, "stage_due_at"),
				rs.getBoolean("stage_warned"), rs.getBoolean("stage_overdue"));
	}

	private static Tally tally(ResultSet rs) throws SQLException {
		return new Tally(rs.getInt("dispatch_count"), rs.getInt("return_count"), rs.getInt("rework_count"),
				rs.getInt("reopen_count"), rs.getInt("extension_count"), rs.getInt("supervision_count"),
				rs.getInt("escalations"));
	}

	private static Assignment assignment(ResultSet rs) throws SQLException {
		return new Assignment(department(rs, "responsible_department"), rs.getString("responsible_department_name"),
				department(rs, "lead_department"), rs.getString("lead_department_name"),
				constant(rs, "dispatch_rule", DispatchRule.class), rs.getString("dispatch_explanation"));
	}
}
