package org.tongguan.indicator.warning;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tongguan.identity.DepartmentCode;
import org.tongguan.indicator.IndicatorCode;
import org.tongguan.indicator.WarningLevel;
import org.tongguan.region.RegionCode;

/**
 * The warnings table: at most one open warning of a kind per series ({@code open_key}, cleared to {@code NULL} when
 * the warning clears), raised, changed, acknowledged, cleared and linked to its case.
 */
@Component
class WarningStore {

	private final JdbcClient jdbc;

	WarningStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The open warnings of the indicators, by series and kind. */
	Map<Series, Map<WarningKind, IndicatorWarning>> open(Collection<IndicatorCode> indicators) {
		Map<Series, Map<WarningKind, IndicatorWarning>> open = new HashMap<>();
		if (indicators.isEmpty()) {
			return open;
		}
		String marks = String.join(", ", indicators.stream().map(code -> "?").toList());
		jdbc.sql("SELECT * FROM indicator_warning WHERE open_key IS NOT NULL AND indicator_code IN (" + marks + ")")
			.params(indicators.stream().map(IndicatorCode::value).toArray())
			.query(WarningStore::warning)
			.list()
			.forEach(warning -> open.computeIfAbsent(new Series(warning.indicator(), warning.region()),
					series -> new EnumMap<>(WarningKind.class)).put(warning.kind(), warning));
		return open;
	}

	/** Stores a new warning (ACTIVE) and answers its id. */
	long raise(Series series, LocalDate period, Finding finding, DepartmentCode department, Instant now) {
		KeyHolder key = new GeneratedKeyHolder();
		OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
		jdbc.sql("""
				INSERT INTO indicator_warning (indicator_code, region_code, kind, period_start, level, figure, bound,
				message, department_code, state, open_key, raised_at, updated_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE', ?, ?, ?)""")
			.params(series.indicator().value(), series.region().value(), finding.kind().name(), period,
					finding.level().name(), finding.value(), finding.bound(), finding.message(), department.value(),
					series.indicator().value() + "|" + series.region().value() + "|" + finding.kind().name(), at, at)
			.update(key, "id");
		return key.getKeyAs(Number.class).longValue();
	}

	/**
	 * Changes an open warning to what the latest value finds; a higher level makes it ACTIVE again (to be
	 * acknowledged anew).
	 */
	void change(IndicatorWarning warning, LocalDate period, Finding finding, Instant now) {
		boolean rose = finding.level().compareTo(warning.level()) > 0;
		jdbc.sql("""
				UPDATE indicator_warning SET period_start = ?, level = ?, figure = ?, bound = ?, message = ?,
				updated_at = ?, state = CASE WHEN ? THEN 'ACTIVE' ELSE state END,
				acknowledged_at = CASE WHEN ? THEN NULL ELSE acknowledged_at END,
				acknowledged_by = CASE WHEN ? THEN NULL ELSE acknowledged_by END,
				acknowledgement_note = CASE WHEN ? THEN NULL ELSE acknowledgement_note END
				WHERE id = ?""")
			.params(period, finding.level().name(), finding.value(), finding.bound(), finding.message(),
					now.atOffset(ZoneOffset.UTC), rose, rose, rose, rose, warning.id())
			.update();
	}

	/** Clears an open warning. */
	void clear(long id, String clearing, Instant now) {
		OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
		jdbc.sql("""
				UPDATE indicator_warning SET state = 'CLEARED', open_key = NULL, cleared_at = ?, clearing = ?,
				updated_at = ? WHERE id = ? AND open_key IS NOT NULL""")
			.params(at, clearing, at, id)
			.update();
	}

	/** Acknowledges an ACTIVE warning; answers whether it was ACTIVE. */
	boolean acknowledge(long id, String by, String note, Instant now) {
		OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
		return jdbc.sql("""
				UPDATE indicator_warning SET state = 'ACKNOWLEDGED', acknowledged_at = ?, acknowledged_by = ?,
				acknowledgement_note = ?, updated_at = ? WHERE id = ? AND state = 'ACTIVE'""")
			.params(at, by, note, at, id)
			.update() == 1;
	}

	/** Names the case the warning opened. */
	void linkCase(long id, long caseId, String caseNumber) {
		jdbc.sql("UPDATE indicator_warning SET case_id = ?, case_number = ? WHERE id = ?")
			.params(caseId, caseNumber, id)
			.update();
	}

	Optional<IndicatorWarning> find(long id) {
		return jdbc.sql("SELECT * FROM indicator_warning WHERE id = ?").param(id).query(WarningStore::warning)
			.optional();
	}

	/** The warnings in the states (and of the indicator, region, level and kind when given), newest first. */
	List<IndicatorWarning> list(Collection<WarningState> states, IndicatorCode indicator, RegionCode region,
			WarningLevel level, WarningKind kind, int limit) {
		StringBuilder sql = new StringBuilder("SELECT * FROM indicator_warning WHERE state IN (")
			.append(String.join(", ", states.stream().map(state -> "?").toList()))
			.append(")");
		List<Object> parameters = new ArrayList<>(states.stream().map(Enum::name).toList());
		where(sql, parameters, "indicator_code", indicator == null ? null : indicator.value());
		where(sql, parameters, "region_code", region == null ? null : region.value());
		where(sql, parameters, "level", level == null ? null : level.name());
		where(sql, parameters, "kind", kind == null ? null : kind.name());
		parameters.add(limit);
		return jdbc.sql(sql.append(" ORDER BY raised_at DESC, id DESC LIMIT ?").toString())
			.params(parameters)
			.query(WarningStore::warning)
			.list();
	}

	private static void where(StringBuilder sql, List<Object> parameters, String column, String value) {
		if (value != null) {
			sql.append(" AND ").append(column).append(" = ?");
			parameters.add(value);
		}
	}

	private static IndicatorWarning warning(ResultSet rs, int row) throws SQLException {
		Number caseId = rs.getObject("case_id", Long.class);
		return new IndicatorWarning(rs.getLong("id"), IndicatorCode.of(rs.getString("indicator_code")),
				RegionCode.of(rs.getString("region_code")), rs.getObject("period_start", LocalDate.class),
				WarningKind.valueOf(rs.getString("kind")), WarningLevel.valueOf(rs.getString("level")),
				figure(rs, "figure"), figure(rs, "bound"), rs.getString("message"),
				new DepartmentCode(rs.getString("department_code")), WarningState.valueOf(rs.getString("state")),
				instant(rs, "raised_at"), instant(rs, "updated_at"), instant(rs, "acknowledged_at"),
				rs.getString("acknowledged_by"), rs.getString("acknowledgement_note"), instant(rs, "cleared_at"),
				rs.getString("clearing"), caseId == null ? null : caseId.longValue(),
				rs.getString("case_number"));
	}

	private static Double figure(ResultSet rs, String column) throws SQLException {
		double value = rs.getDouble(column);
		return rs.wasNull() ? null : value;
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
		return at == null ? null : at.toInstant();
	}
}
