package org.tongguan.casework.dispatch;

import static org.tongguan.casework.store.SqlValues.bind;
import static org.tongguan.casework.store.SqlValues.instant;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tongguan.casework.CaseId;

/** The 110 linkage records (110 联动): police matters transferred out, non-police matters transferred in. */
@Component
public class PoliceTransfers {

	private final JdbcClient jdbc;

	PoliceTransfers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Records a transfer. */
	public void record(CaseId id, Transfer transfer) {
		jdbc.sql("""
				INSERT INTO casework_police_transfer (case_id, direction, reference, reason, at, actor)
				VALUES (?, ?, ?, ?, ?, ?)""")
			.params(id.value(), transfer.direction().name(), transfer.reference(), transfer.reason(),
					bind(transfer.at()), transfer.actor())
			.update();
	}

	/** The case's transfers. */
	public List<Transfer> of(CaseId id) {
		return jdbc.sql("SELECT * FROM casework_police_transfer WHERE case_id = ? ORDER BY id")
			.param(id.value())
			.query((rs, row) -> new Transfer(Direction.valueOf(rs.getString("direction")), rs.getString("reference"),
					rs.getString("reason"), instant(rs, "at"), rs.getString("actor")))
			.list();
	}

	/** Which way a matter went. */
	public enum Direction {
		/** 转出 — a police matter sent to 110. */
		OUT,
		/** 转入 — a non-police matter received from 110. */
		IN
	}

	/**
	 * A transfer record.
	 *
	 * @param direction out to or in from 110
	 * @param reference the incident number (in) or this platform's transfer reference (out)
	 * @param reason why, may be {@code null}
	 * @param at when
	 * @param actor who transferred it
	 */
	public record Transfer(Direction direction, String reference, String reason, Instant at, String actor) {
	}
}
