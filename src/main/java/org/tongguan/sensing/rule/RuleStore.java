package org.tongguan.sensing.rule;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.tongguan.catalog.CategoryCode;
import org.tongguan.catalog.Urgency;
import org.tongguan.sensing.RuleId;
import org.tongguan.sensing.WarningLevel;

/** Stores the alarm rules (table {@code sensing_rule}). */
@Repository
class RuleStore {

	/** The id of a rule before it is stored. */
	static final RuleId NEW = new RuleId(0);

	private static final String COLUMNS = """
			name, device_type, device_code, metric, kind, comparison, absolute_rate, blue_threshold,
			yellow_threshold, orange_threshold, red_threshold, clear_threshold, sustain_seconds, no_data_seconds,
			alarm_level, case_level, category_code, urgency, enabled, updated_by, updated_at""";

	private static final String ASSIGNMENTS = Arrays.stream(COLUMNS.split(","))
		.map(column -> column.strip() + " = ?")
		.collect(Collectors.joining(", "));

	private static final String PLACEHOLDERS = Arrays.stream(COLUMNS.split(","))
		.map(column -> "?")
		.collect(Collectors.joining(", "));

	private final JdbcClient jdbc;

	RuleStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every rule, in id order. */
	List<StoredRule> all() {
		return jdbc.sql("SELECT * FROM sensing_rule ORDER BY id").query(RuleStore::row).list();
	}

	Optional<StoredRule> find(RuleId id) {
		return jdbc.sql("SELECT * FROM sensing_rule WHERE id = ?")
			.param(id.value())
			.query(RuleStore::row)
			.optional();
	}

	/** Stores a new rule and answers its id. */
	RuleId insert(AlarmRule rule, String by, Instant at) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("INSERT INTO sensing_rule (" + COLUMNS + ") VALUES (" + PLACEHOLDERS + ")")
			.params(values(rule, by, at))
			.update(keys, "id");
		return new RuleId(keys.getKeyAs(Long.class));
	}

	/** Replaces the rule's definition; answers whether it existed. */
	boolean update(AlarmRule rule, String by, Instant at) {
		List<Object> values = values(rule, by, at);
		values.add(rule.id().value());
		return jdbc.sql("UPDATE sensing_rule SET " + ASSIGNMENTS + " WHERE id = ?").params(values).update() > 0;
	}

	boolean delete(RuleId id) {
		return jdbc.sql("DELETE FROM sensing_rule WHERE id = ?").param(id.value()).update() > 0;
	}

	private static List<Object> values(AlarmRule rule, String by, Instant at) {
		LevelThresholds thresholds = rule.thresholds();
		CaseOpening opening = rule.opening();
		return new ArrayList<>(Arrays.asList(rule.name(), rule.deviceType(), rule.device(), rule.metric(),
				rule.kind().name(), name(rule.comparison()), rule.absolute(), thresholds.blue(), thresholds.yellow(),
				thresholds.orange(), thresholds.red(), rule.clearThreshold(), rule.sustain().toSeconds(),
				rule.noDataFor() == null ? null : rule.noDataFor().toSeconds(), name(rule.level()),
				opening == null ? null : opening.level().name(),
				opening == null ? null : opening.category().value(),
				opening == null ? null : name(opening.urgency()), rule.enabled(), by, at.atOffset(ZoneOffset.UTC)));
	}

	private static String name(Enum<?> constant) {
		return constant == null ? null : constant.name();
	}

	private static StoredRule row(ResultSet rs, int row) throws SQLException {
		WarningLevel caseLevel = constant(rs, "case_level", WarningLevel.class);
		CaseOpening opening = caseLevel == null ? null : new CaseOpening(caseLevel,
				CategoryCode.of(rs.getString("category_code")), constant(rs, "urgency", Urgency.class));
		long noData = rs.getLong("no_data_seconds");
		Duration noDataFor = rs.wasNull() ? null : Duration.ofSeconds(noData);
		AlarmRule rule = new AlarmRule(new RuleId(rs.getLong("id")), rs.getString("name"), rs.getString("device_type"),
				rs.getString("device_code"), rs.getString("metric"), RuleKind.valueOf(rs.getString("kind")),
				constant(rs, "comparison", Comparison.class), rs.getBoolean("absolute_rate"),
				new LevelThresholds(number(rs, "blue_threshold"), number(rs, "yellow_threshold"),
						number(rs, "orange_threshold"), number(rs, "red_threshold")),
				number(rs, "clear_threshold"), Duration.ofSeconds(rs.getLong("sustain_seconds")), noDataFor,
				constant(rs, "alarm_level", WarningLevel.class), opening, rs.getBoolean("enabled"));
		return new StoredRule(rule, rs.getString("updated_by"),
				rs.getObject("updated_at", OffsetDateTime.class).toInstant());
	}

	private static Double number(ResultSet rs, String column) throws SQLException {
		double value = rs.getDouble(column);
		return rs.wasNull() ? null : value;
	}

	private static <E extends Enum<E>> E constant(ResultSet rs, String column, Class<E> type) throws SQLException {
		String value = rs.getString(column);
		return value == null ? null : Enum.valueOf(type, value);
	}
}
