package org.tongguan.sensing.alarm;

import static org.tongguan.sensing.alarm.AlarmRows.bind;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tongguan.sensing.AlarmId;

/** The append-only history of every alarm and the comments on it. */
@Repository
class AlarmLog {

	private final JdbcClient jdbc;

	AlarmLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void record(AlarmId id, AlarmHistoryEntry entry) {
		jdbc.sql("""
				INSERT INTO sensing_alarm_history (alarm_id, at, action, actor, from_level, to_level, value_at,
					measured_at, note)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id.value(), bind(entry.at()), bind(entry.action()), entry.actor(), bind(entry.from()),
					bind(entry.to()), entry.value(), bind(entry.measuredAt()), entry.note())
			.update();
	}

	List<AlarmHistoryEntry> history(AlarmId id) {
		return jdbc.sql("SELECT * FROM sensing_alarm_history WHERE alarm_id = ? ORDER BY id")
			.param(id.value())
			.query((rs, row) -> new AlarmHistoryEntry(AlarmRows.instant(rs, "at"),
					AlarmAction.valueOf(rs.getString("action")), rs.getString("actor"), AlarmRows.level(rs, "from_level"),
					AlarmRows.level(rs, "to_level"), AlarmRows.number(rs, "value_at"), AlarmRows.instant(rs, "measured_at"),
					rs.getString("note")))
			.list();
	}

	void comment(AlarmId id, AlarmComment comment) {
		jdbc.sql("INSERT INTO sensing_alarm_comment (alarm_id, at, author, body) VALUES (?, ?, ?, ?)")
			.params(id.value(), bind(comment.at()), comment.author(), comment.text())
			.update();
	}

	List<AlarmComment> comments(AlarmId id) {
		return jdbc.sql("SELECT * FROM sensing_alarm_comment WHERE alarm_id = ? ORDER BY id")
			.param(id.value())
			.query((rs, row) -> new AlarmComment(AlarmRows.instant(rs, "at"), rs.getString("author"),
					rs.getString("body")))
			.list();
	}
}
