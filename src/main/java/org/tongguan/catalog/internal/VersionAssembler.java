package org.tongguan.catalog.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tongguan.catalog.CategoryCode;
import org.tongguan.catalog.CategoryDefinition;
import org.tongguan.catalog.CategoryLimits;
import org.tongguan.catalog.CategoryVersion;
import org.tongguan.catalog.CategoryVersionId;
import org.tongguan.catalog.Responsibility;
import org.tongguan.catalog.Stage;
import org.tongguan.catalog.Urgency;
import org.tongguan.identity.DepartmentFunction;
import org.tongguan.identity.DepartmentFunctions;
import org.tongguan.region.RegionCode;
import org.tongguan.region.RegionLevel;
import org.tongguan.shared.TimeLimit;

/** Reads version rows and their overrides and limits (one query per table) into {@link CategoryVersion}s. */
final class VersionAssembler {

	private final JdbcClient jdbc;

	private final DepartmentFunctions functions;

	VersionAssembler(JdbcClient jdbc, DepartmentFunctions functions) {
		this.jdbc = jdbc;
		this.functions = functions;
	}

	/** The versions the statement selects from {@code catalog_category_version}, in its order. */
	List<CategoryVersion> assemble(JdbcClient.StatementSpec versions) {
		Map<String, DepartmentFunction> known = new HashMap<>();
		functions.all().forEach(function -> known.put(function.code(), function));
		List<Row> rows = versions.query((rs, n) -> row(rs, known)).list();
		if (rows.isEmpty()) {
			return List.of();
		}
		List<Long> ids = rows.stream().map(Row::id).toList();
		Map<Long, Map<RegionCode, Responsibility>> overrides = new HashMap<>();
		children("catalog_district_override", ids, rs -> overrides
			.computeIfAbsent(rs.getLong("version_id"), id -> new HashMap<>())
			.put(RegionCode.of(rs.getString("district")), responsibility(rs, known)));
		Map<Long, Map<Urgency, TimeLimit>> urgencies = new HashMap<>();
		children("catalog_urgency_limit", ids, rs -> urgencies
			.computeIfAbsent(rs.getLong("version_id"), id -> new EnumMap<>(Urgency.class))
			.put(Urgency.valueOf(rs.getString("urgency")), limit(rs)));
		Map<Long, Map<Stage, TimeLimit>> stages = new HashMap<>();
		children("catalog_stage_limit", ids, rs -> stages
			.computeIfAbsent(rs.getLong("version_id"), id -> new EnumMap<>(Stage.class))
			.put(Stage.valueOf(rs.getString("stage")), limit(rs)));
		return rows.stream()
			.map(row -> row.toVersion(overrides.getOrDefault(row.id(), Map.of()),
					new CategoryLimits(row.defaultUrgency(), urgencies.get(row.id()), stages.get(row.id()))))
			.toList();
	}

	private void children(String table, List<Long> ids, RowCallbackHandler handler) {
		jdbc.sql("SELECT * FROM " + table + " WHERE version_id IN (:ids)").param("ids", ids).query(handler);
	}

	private static Row row(ResultSet rs, Map<String, DepartmentFunction> known) throws SQLException {
		return new Row(rs.getLong("id"), CategoryCode.of(rs.getString("code")), rs.getInt("version_number"),
				rs.getString("name"), responsibility(rs, known), Urgency.valueOf(rs.getString("default_urgency")),
				rs.getString("closing_conditions"), rs.getString("legal_basis"), rs.getBoolean("police_matter"),
				rs.getBoolean("round_the_clock"), rs.getBoolean("active"), rs.getString("edited_by"),
				rs.getObject("edited_at", OffsetDateTime.class), rs.getString("change_note"));
	}

	private static Responsibility responsibility(ResultSet rs, Map<String, DepartmentFunction> known)
			throws SQLException {
		return new Responsibility(RegionLevel.valueOf(rs.getString("dispatch_level")),
				function(rs.getString("city_function"), known), function(rs.getString("district_function"), known),
				function(rs.getString("street_function"), known));
	}

	/** The function with the stored code; one no longer registered keeps its code as its label. */
	private static DepartmentFunction function(String code, Map<String, DepartmentFunction> known) {
		return code == null ? null : known.computeIfAbsent(code, unknown -> new DepartmentFunction(code, code));
	}

	private static TimeLimit limit(ResultSet rs) throws SQLException {
		return new TimeLimit(rs.getInt("amount"), TimeLimit.Unit.valueOf(rs.getString("unit")));
	}

	private record Row(long id, CategoryCode code, int version, String name, Responsibility responsibility,
			Urgency defaultUrgency, String closingConditions, String legalBasis, boolean policeMatter,
			boolean roundTheClock, boolean active, String editedBy, OffsetDateTime editedAt, String changeNote) {

		CategoryVersion toVersion(Map<RegionCode, Responsibility> overrides, CategoryLimits limits) {
			CategoryDefinition definition = new CategoryDefinition(name, responsibility, overrides, limits,
					closingConditions, legalBasis, policeMatter, roundTheClock, active);
			return new CategoryVersion(new CategoryVersionId(id), code, version, definition, editedBy,
					editedAt.toInstant(), changeNote);
		}
	}
}
