package org.tongguan.casework.store;

import static org.tongguan.casework.store.SqlValues.bind;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.tongguan.casework.CaseId;
import org.tongguan.casework.Channel;
import org.tongguan.shared.NotFoundException;

/** Reads and writes case rows ({@code casework_case}). */
@Repository
public class CaseStore {

	/** The columns intake fills, in the order {@link #insert} binds them. */
	private static final String INSERTED = """
			channel, stage, duplicate_suspect, self_handled, category_name, description, reported_by, district_code,
			category_code, category_version_id, urgency, calendar_kind, reported_at, updated_at, limit_seconds,
			paused_seconds, warn_at, due_at, idempotency_key, external_id, reporter_name, reporter_phone, longitude,
			latitude, address, grid_code, community_code, street_code, matter_type, accepted_at, filed_at, handled_at,
			verified_at, closed_at, on_time, responsible_department, responsible_department_name, dispatch_rule,
			dispatch_explanation, stage_started_at, stage_limit_seconds, stage_warn_at, stage_due_at, region_code""";

	private final JdbcClient jdbc;

	private final StatisticsLedger ledger;

	CaseStore(JdbcClient jdbc, StatisticsLedger ledger) {
		this.jdbc = jdbc;
		this.ledger = ledger;
	}

	/** Stores a new case and answers its id; fails with a duplicate-key error when its idempotency key is taken. */
	public CaseId insert(NewCase fresh) {
		KeyHolder keys = new GeneratedKeyHolder();
		CasePlace place = fresh.place();
		CaseMatter matter = fresh.matter();
		Milestones reached = fresh.milestones();
		Countdown overall = fresh.overall();
		Countdown stage = fresh.stageClock();
		Assignment assignment = fresh.assignment();
		List<Object> values = new ArrayList<>(List.of(bind(fresh.channel()), bind(fresh.stage()),
				fresh.duplicateSuspect(), fresh.selfHandled(), matter.categoryName(), matter.description(),
				fresh.reportedBy(), bind(place.district()), bind(matter.category()), bind(matter.version()),
				bind(matter.urgency()), bind(matter.calendar()), bind(reached.reported()), bind(reached.reported()),
				bind(overall.limit()), bind(overall.paused()), bind(overall.warnAt()), bind(overall.dueAt())));
		List<Object> optional = Arrays.asList(fresh.idempotencyKey(), fresh.externalId(), reporterName(fresh),
				reporterPhone(fresh), place.longitude(), place.latitude(), place.address(), bind(place.grid()),
				bind(place.community()), bind(place.street()), bind(matter.matterType()), bind(reached.accepted()),
				bind(reached.filed()), bind(reached.handled()), bind(reached.verified()), bind(reached.closed()),
				fresh.onTime(), bind(assignment.responsible()), assignment.responsibleName(), bind(assignment.rule()),
				assignment.explanation(), stage == null ? null : bind(stage.start()),
				stage == null ? null : bind(stage.limit()), stage == null ? null : bind(stage.warnAt()),
				stage == null ? null : bind(stage.dueAt()), bind(place.finest()));
		values.addAll(optional);
		jdbc.sql("INSERT INTO casework_case (" + INSERTED + ") VALUES ("
				+ String.join(", ", Collections.nCopies(values.size(), "?")) + ")")
			.params(values)
			.update(keys, "id");
		CaseId id = new CaseId(keys.getKeyAs(Number.class).longValue());
		ledger.changed(id);
		return id;
	}

	private static String reporterName(NewCase fresh) {
		return fresh.reporter() == null ? null : fresh.reporter().name();
	}

	private static String reporterPhone(NewCase fresh) {
		return fresh.reporter() == null ? null : fresh.reporter().phone();
	}

	public Optional<CaseRecord> find(CaseId id) {
		return jdbc.sql("SELECT * FROM casework_case WHERE id = ?").param(id.value()).query(CaseRows.INSTANCE).optional();
	}

	/** The case, locked until the transaction ends so that actions on one case happen one after the other. */
	public CaseRecord lock(CaseId id) {
		return jdbc.sql("SELECT * FROM casework_case WHERE id = ? FOR UPDATE")
			.param(id.value())
			.query(CaseRows.INSTANCE)
			.optional()
			.orElseThrow(() -> new NotFoundException("No case " + id));
	}

	/** The case that was stored with this scoped idempotency key. */
	public Optional<CaseRecord> findByIdempotencyKey(String key) {
		return jdbc.sql("SELECT * FROM casework_case WHERE idempotency_key = ?")
			.param(key)
			.query(CaseRows.INSTANCE)
			.optional();
	}

	/** The case a channel reported under its external id (e.g. the sensing alarm behind a SENSOR case). */
	public Optional<CaseRecord> findByExternalId(Channel channel, String externalId) {
		return jdbc.sql("SELECT * FROM casework_case WHERE external_id = ? AND channel = ? ORDER BY id")
			.params(externalId, bind(channel))
			.query(CaseRows.INSTANCE)
			.list()
			.stream()
			.findFirst();
	}

	/** The cases merged into a master. */
	public List<CaseRecord> mergedInto(CaseId master) {
		return jdbc.sql("SELECT * FROM casework_case WHERE merged_into = ? ORDER BY id")
			.param(master.value())
			.query(CaseRows.INSTANCE)
			.list();
	}

	/** Remembers when the workflow's deadline timer fires next; not a change of the case itself. */
	public void setAlarm(CaseId id, Instant at) {
		jdbc.sql("UPDATE casework_case SET alarm_at = ? WHERE id = ?").params(bind(at), id.value()).update();
	}

	/**
	 * Writes what the case file changed, marking the case updated at {@code now} when a transition changed it (not
	 * when only the deadline timer's next alarm moved); nothing when it changed nothing.
	 */
	public void save(CaseFile file, Instant now) {
		CaseRowChange change = file.takeChange(now);
		if (change.isEmpty()) {
			return;
		}
		StringJoiner assignments = new StringJoiner(", ");
		List<Object> params = new ArrayList<>();
		for (Map.Entry<CaseColumn, Object> value : change.values().entrySet()) {
			assignments.add(value.getKey().sql() + " = ?");
			params.add(value.getValue());
		}
		change.increments()
			.forEach((column, by) -> assignments.add(column.sql() + " = " + column.sql() + " + " + by));
		if (change.touched()) {
			assignments.add("updated_at = ?");
			params.add(bind(now));
		}
		params.add(file.id().value());
		jdbc.sql("UPDATE casework_case SET " + assignments + " WHERE id = ?").params(params).update();
		if (change.touched()) {
			ledger.changed(file.id());
		}
	}
}
