package org.tongguan.indicator.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tongguan.indicator.FrameworkReference;
import org.tongguan.indicator.IndicatorCode;
import org.tongguan.indicator.IndicatorPlan;
import org.tongguan.shared.Violations;

import tools.jackson.databind.ObjectMapper;

/**
 * Stores the registry: every version of a plan as a row of {@code indicator_plan_version} (the plan as JSON in the
 * form of a {@link PlanDraft}), and the current version's searchable attributes in {@code indicator_plan}.
 */
@Component
class RegistryStore {

	private static final String CURRENT = """
			SELECT v.code, v.version, v.plan, v.note, v.changed_by, v.changed_at FROM indicator_plan p
			JOIN indicator_plan_version v ON v.code = p.code AND v.version = p.version""";

	private static final String VERSIONS = """
			SELECT code, version, plan, note, changed_by, changed_at FROM indicator_plan_version""";

	private static final String COLUMNS = """
			sort_key = ?, parent_code = ?, name = ?, unit = ?, direction = ?, indicator_class = ?, domain = ?,
			region_level = ?, frequency = ?, source_department = ?, source_system = ?, responsible_department = ?,
			frameworks = ?, access_grade = ?, high_frequency = ?, retired = ?, version = ?, changed_by = ?,
			changed_at = ?""";

	private final JdbcClient jdbc;

	private final ObjectMapper json;

	RegistryStore(JdbcClient jdbc, ObjectMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** The current version of the indicator. */
	Optional<PlanVersion> current(IndicatorCode code) {
		return jdbc.sql(CURRENT + " WHERE p.code = ?").param(code.value()).query(this::read).optional();
	}

	/** The current versions of those of the indicators the registry has. */
	Map<IndicatorCode, PlanVersion> current(Collection<IndicatorCode> codes) {
		if (codes.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql(CURRENT + " WHERE p.code IN (:codes)")
			.param("codes", codes.stream().map(IndicatorCode::value).toList())
			.query(this::read)
			.list()
			.stream()
			.collect(Collectors.toMap(version -> version.plan().code(), Function.identity()));
	}

	/** The current version of every indicator, in the order of their codes. */
	List<PlanVersion> all() {
		return jdbc.sql(CURRENT + " ORDER BY p.sort_key").query(this::read).list();
	}

	/** Every version of the indicator, oldest first; empty for an unknown one. */
	List<PlanVersion> versions(IndicatorCode code) {
		return jdbc.sql(VERSIONS + " WHERE code = ? ORDER BY version").param(code.value()).query(this::read).list();
	}

	/** One version of the indicator. */
	Optional<PlanVersion> version(IndicatorCode code, int version) {
		return jdbc.sql(VERSIONS + " WHERE code = ? AND version = ?")
			.params(code.value(), version)
			.query(this::read)
			.optional();
	}

	/** What the checks of a change need to know of every stored indicator, by code. */
	Map<IndicatorCode, Standing> standings() {
		Map<IndicatorCode, Standing> standings = new HashMap<>();
		jdbc.sql("SELECT code, frequency, retired FROM indicator_plan").query((ResultSet rs) -> {
			standings.put(IndicatorCode.of(rs.getString("code")),
					new Standing(rs.getString("frequency"), rs.getBoolean("retired")));
		});
		return standings;
	}

	/** Stores the plan as version {@code version} and makes it the current one. */
	void store(PlanVersion version) {
		IndicatorPlan plan = version.plan();
		OffsetDateTime at = version.changedAt().atOffset(ZoneOffset.UTC);
		jdbc.sql("""
				INSERT INTO indicator_plan_version (code, version, plan, note, changed_by, changed_at)
				VALUES (?, ?, ?, ?, ?, ?)""")
			.params(plan.code().value(), version.version(), json.writeValueAsString(PlanDraft.of(plan)),
					version.note(), version.changedBy(), at)
			.update();
		Object[] columns = { plan.code().sortKey(), plan.code().parent().map(IndicatorCode::value).orElse(null),
				plan.name(), plan.unit(), plan.direction().name(), plan.indicatorClass().name(), plan.domain().name(),
				plan.level().name(), plan.frequency().name(), plan.source().department().value(),
				plan.source().system(), plan.responsibleDepartment().value(), frameworks(plan), plan.grade().name(),
				plan.highFrequency(), plan.retired(), version.version(), version.changedBy(), at,
				plan.code().value() };
		int updated = jdbc.sql("UPDATE indicator_plan SET " + COLUMNS + " WHERE code = ?").params(columns).update();
		if (updated == 0) {
			jdbc.sql("INSERT INTO indicator_plan (" + COLUMNS.replace(" = ?", "") + ", code) VALUES ("
					+ "?, ".repeat(columns.length - 1) + "?)").params(columns).update();
		}
	}

	/** The frameworks column: every framework between commas, so that {@code LIKE '%,ISO_37120,%'} finds one. */
	private static String frameworks(IndicatorPlan plan) {
		return plan.references()
			.stream()
			.map(FrameworkReference::framework)
			.distinct()
			.sorted()
			.map(Enum::name)
			.collect(Collectors.joining(",", ",", ","));
	}

	private PlanVersion read(ResultSet rs, int row) throws SQLException {
		Violations problems = new Violations();
		IndicatorPlan plan = PlanReader.read(json.readValue(rs.getString("plan"), PlanDraft.class), problems);
		if (plan == null) {
			throw new IllegalStateException("Version " + rs.getInt("version") + " of " + rs.getString("code")
					+ " cannot be read back");
		}
		return new PlanVersion(plan, rs.getInt("version"), rs.getString("changed_by"),
				rs.getObject("changed_at", OffsetDateTime.class).toInstant(), rs.getString("note"));
	}

	/**
	 * A stored indicator as the checks of a change see it.
	 *
	 * @param frequency its frequency's name
	 * @param retired whether it is retired
	 */
	record Standing(String frequency, boolean retired) {
	}
}
