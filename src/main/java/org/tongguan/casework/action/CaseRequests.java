package org.tongguan.casework.action;

import static org.tongguan.casework.store.SqlValues.bind;
import static org.tongguan.casework.store.SqlValues.flag;
import static org.tongguan.casework.store.SqlValues.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;
import org.tongguan.casework.CaseId;
import org.tongguan.casework.timeline.Actor;

/** Extension (延期) and suspension (挂账) requests of handling departments and the dispatcher's decisions. */
@Component
public class CaseRequests {

	private final JdbcClient jdbc;

	CaseRequests(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Stores a new request and answers its id. */
	public long create(CaseId id, Kind kind, String amount, String reason, Actor actor, Instant now) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO casework_request (case_id, kind, amount, reason, requested_by, requested_at)
				VALUES (?, ?, ?, ?, ?, ?)""")
			.params(id.value(), kind.name(), amount, reason, actor.username(), bind(now))
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	/** The case's undecided request of a kind. */
	public Optional<Request> pending(CaseId id, Kind kind) {
		return jdbc.sql("SELECT * FROM casework_request WHERE case_id = ? AND kind = ? AND decided_at IS NULL")
			.params(id.value(), kind.name())
			.query(CaseRequests::read)
			.optional();
	}

	/** Records the dispatcher's decision. */
	public void decide(long requestId, boolean approved, String comment, Actor actor, Instant now) {
		jdbc.sql("""
				UPDATE casework_request SET approved = ?, decision_comment = ?, decided_by = ?, decided_at = ?
				WHERE id = ?""")
			.params(approved, comment, actor.username(), bind(now), requestId)
			.update();
	}

	/** The case's requests, oldest first. */
	public List<Request> of(CaseId id) {
		return jdbc.sql("SELECT * FROM casework_request WHERE case_id = ? ORDER BY id")
			.param(id.value())
			.query(CaseRequests::read)
			.list();
	}

	private static Request read(ResultSet rs, int row) throws SQLException {
		return new Request(rs.getLong("id"), Kind.valueOf(rs.getString("kind")), rs.getString("amount"),
				rs.getString("reason"), rs.getString("requested_by"), instant(rs, "requested_at"),
				rs.getString("decided_by"), instant(rs, "decided_at"), flag(rs, "approved"),
				rs.getString("decision_comment"));
	}

	/** What is requested. */
	public enum Kind {
		/** 延期 — more time. */
		EXTENSION,
		/** 挂账 — stop the clock until the case can be handled. */
		SUSPENSION
	}

	/**
	 * A request and its decision.
	 *
	 * @param id its id
	 * @param kind extension or suspension
	 * @param amount the extension asked for (e.g. {@code 2d}), {@code null} for suspensions
	 * @param reason why
	 * @param requestedBy who asked
	 * @param requestedAt when
	 * @param decidedBy who decided, {@code null} while pending
	 * @param decidedAt when
	 * @param approved the decision, {@code null} while pending
	 * @param decisionComment the dispatcher's comment
	 */
	public record Request(long id, Kind kind, String amount, String reason, String requestedBy, Instant requestedAt,
			String decidedBy, Instant decidedAt, Boolean approved, String decisionComment) {
	}
}
