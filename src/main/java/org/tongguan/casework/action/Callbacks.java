package org.tongguan.casework.action;

import static org.tongguan.casework.store.SqlValues.bind;
import static org.tongguan.casework.store.SqlValues.constant;
import static org.tongguan.casework.store.SqlValues.instant;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tongguan.casework.CaseId;
import org.tongguan.casework.Satisfaction;

/** The callbacks (回访) of cases, kept apart from the case row so that every attempt stays on record. */
@Repository
public class Callbacks {

	private final JdbcClient jdbc;

	Callbacks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Records a callback of a case. */
	void record(CaseId id, CallbackRecord callback) {
		jdbc.sql("""
				INSERT INTO casework_callback (case_id, recorded_at, recorded_by, channel, contacted_at, contact,
					satisfaction, no_evaluation_reason, comment) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id.value(), bind(callback.recordedAt()), callback.recordedBy(), bind(callback.channel()),
					bind(callback.contactedAt()), callback.contact(), bind(callback.satisfaction()),
					bind(callback.noEvaluationReason()), callback.comment())
			.update();
	}

	/** The case's latest callback, if any. */
	public Optional<CallbackRecord> latest(CaseId id) {
		return jdbc.sql("SELECT * FROM casework_callback WHERE case_id = ? ORDER BY id DESC FETCH FIRST 1 ROWS ONLY")
			.param(id.value())
			.query((rs, row) -> new CallbackRecord(instant(rs, "recorded_at"), rs.getString("recorded_by"),
					constant(rs, "channel", CallbackChannel.class), instant(rs, "contacted_at"),
					rs.getString("contact"), constant(rs, "satisfaction", Satisfaction.class),
					constant(rs, "no_evaluation_reason", NoEvaluationReason.class), rs.getString("comment")))
			.optional();
	}
}
