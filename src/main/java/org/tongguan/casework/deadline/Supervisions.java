package org.tongguan.casework.deadline;

import static org.tongguan.casework.store.SqlValues.bind;
import static org.tongguan.casework.store.SqlValues.constant;
import static org.tongguan.casework.store.SqlValues.department;
import static org.tongguan.casework.store.SqlValues.instant;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tongguan.casework.CaseId;
import org.tongguan.identity.DepartmentCode;
import org.tongguan.region.RegionLevel;

/** Supervision notices (督办) sent to handling departments, by people or by automatic escalation. */
@Component
public class Supervisions {

	private final JdbcClient jdbc;

	Supervisions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Stores a notice. */
	public void add(CaseId id, Notice notice) {
		jdbc.sql("""
				INSERT INTO casework_supervision (case_id, kind, at, actor, department, region_level, notice)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(id.value(), notice.kind().name(), bind(notice.at()), notice.actor(), bind(notice.department()),
					bind(notice.level()), notice.text())
			.update();
	}

	/** The case's notices, oldest first. */
	public List<Notice> of(CaseId id) {
		return jdbc.sql("SELECT * FROM casework_supervision WHERE case_id = ? ORDER BY id")
			.param(id.value())
			.query((rs, row) -> new Notice(Kind.valueOf(rs.getString("kind")), instant(rs, "at"),
					rs.getString("actor"), department(rs, "department"),
					constant(rs, "region_level", RegionLevel.class), rs.getString("notice")))
			.list();
	}

	/** How a notice came about. */
	public enum Kind {
		/** 督办 — sent by a shift lead or leader. */
		SUPERVISION,
		/** 升级督办 — raised automatically when a case stayed overdue past the escalation margin. */
		ESCALATION
	}

	/**
	 * A supervision notice.
	 *
	 * @param kind by a person or by escalation
	 * @param at when
	 * @param actor who sent it ({@code system} for escalations)
	 * @param department the department it went to, may be {@code null}
	 * @param level for escalations, the level now overseeing the case
	 * @param text the notice
	 */
	public record Notice(Kind kind, Instant at, String actor, DepartmentCode department, RegionLevel level,
			String text) {
	}
}
