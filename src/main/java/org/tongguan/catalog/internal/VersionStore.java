package org.tongguan.catalog.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.tongguan.catalog.CategoryCode;
import org.tongguan.catalog.CategoryDefinition;
import org.tongguan.catalog.CategoryVersion;
import org.tongguan.catalog.CategoryVersionId;
import org.tongguan.catalog.Responsibility;
import org.tongguan.identity.DepartmentFunction;
import org.tongguan.identity.DepartmentFunctions;
import org.tongguan.shared.TimeLimit;

/** Stores sub-category versions; a stored version is only ever read, never updated or deleted. */
@Repository
public class VersionStore {

	private static final String LATEST = """
			SELECT v.* FROM catalog_category_version v
			JOIN (SELECT code, MAX(version_number) AS latest FROM catalog_category_version GROUP BY code) m
			  ON m.code = v.code AND m.latest = v.version_number
			""";

	private final JdbcClient jdbc;

	private final NamedParameterJdbcOperations batches;

	private final VersionAssembler assembler;

	VersionStore(JdbcClient jdbc, NamedParameterJdbcOperations batches, DepartmentFunctions functions) {
		this.jdbc = jdbc;
		this.batches = batches;
		this.assembler = new VersionAssembler(jdbc, functions);
	}

	Optional<CategoryVersion> find(CategoryVersionId id) {
		return assembler.assemble(jdbc.sql("SELECT * FROM catalog_category_version WHERE id = :id")
			.param("id", id.value())).stream().findFirst();
	}

	Optional<CategoryVersion> latest(CategoryCode code) {
		return assembler.assemble(jdbc.sql("""
				SELECT * FROM catalog_category_version WHERE code = :code
				ORDER BY version_number DESC FETCH FIRST 1 ROWS ONLY
				""").param("code", code.value())).stream().findFirst();
	}

	/** The highest version id, 0 for an empty catalogue: it changes whenever a version is published. */
	long newestId() {
		return jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM catalog_category_version").query(Long.class).single();
	}

	public List<CategoryVersion> latestAll() {
		return assembler.assemble(jdbc.sql(LATEST + " ORDER BY v.code"));
	}

	List<CategoryVersion> history(CategoryCode code) {
		return assembler.assemble(jdbc
			.sql("SELECT * FROM catalog_category_version WHERE code = :code ORDER BY version_number")
			.param("code", code.value()));
	}

	boolean exists(CategoryCode code) {
		return jdbc.sql("SELECT COUNT(*) FROM catalog_category_version WHERE code = :code")
			.param("code", code.value())
			.query(Long.class)
			.single() > 0;
	}

	/** Every sub-category code in the catalogue, active or not. */
	Set<String> codes() {
		return new HashSet<>(
				jdbc.sql("SELECT DISTINCT code FROM catalog_category_version").query(String.class).list());
	}

	boolean isEmpty() {
		return jdbc.sql("SELECT COUNT(*) FROM catalog_category_version").query(Long.class).single() == 0;
	}

	/** Stores a version; fails with a duplicate-key error when the code already has this version number. */
	CategoryVersion insert(CategoryCode code, int version, CategoryDefinition definition, String editedBy,
			Instant editedAt, String changeNote) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO catalog_category_version (code, version_number, name, dispatch_level, city_function,
				  district_function, street_function, default_urgency, closing_conditions, legal_basis, police_matter,
				  round_the_clock, active, edited_by, edited_at, change_note)
				VALUES (:code, :version, :name, :level, :city, :district, :street, :urgency, :closing, :basis, :police,
				  :roundTheClock, :active, :editedBy, :editedAt, :note)
				""")
			.param("code", code.value())
			.param("version", version)
			.param("name", definition.name())
			.params(functions(definition.responsibility()))
			.param("urgency", definition.limits().defaultUrgency().name())
			.param("closing", definition.closingConditions())
			.param("basis", definition.legalBasis())
			.param("police", definition.policeMatter())
			.param("roundTheClock", definition.roundTheClock())
			.param("active", definition.active())
			.param("editedBy", editedBy)
			.param("editedAt", OffsetDateTime.ofInstant(editedAt, ZoneOffset.UTC))
			.param("note", changeNote)
			.update(keys, "id");
		long id = keys.getKeyAs(Long.class);
		insertChildren(id, definition);
		return new CategoryVersion(new CategoryVersionId(id), code, version, definition, editedBy, editedAt,
				changeNote);
	}

	private void insertChildren(long id, CategoryDefinition definition) {
		batch("""
				INSERT INTO catalog_district_override (version_id, district, dispatch_level, city_function,
				  district_function, street_function)
				VALUES (:id, :districtCode, :level, :city, :district, :street)
				""", definition.districtOverrides().entrySet().stream().map(entry -> {
			Map<String, Object> row = functions(entry.getValue());
			row.put("id", id);
			row.put("districtCode", entry.getKey().value());
			return row;
		}).toList());
		batch("INSERT INTO catalog_urgency_limit (version_id, urgency, amount, unit) VALUES (:id, :key, :amount, :unit)",
				limitRows(id, definition.limits().urgencyLimits()));
		batch("INSERT INTO catalog_stage_limit (version_id, stage, amount, unit) VALUES (:id, :key, :amount, :unit)",
				limitRows(id, definition.limits().stageLimits()));
	}

	private void batch(String sql, List<Map<String, Object>> rows) {
		if (!rows.isEmpty()) {
			batches.batchUpdate(sql, rows.stream().map(MapSqlParameterSource::new).toArray(SqlParameterSource[]::new));
		}
	}

	private static List<Map<String, Object>> limitRows(long id, Map<? extends Enum<?>, TimeLimit> limits) {
		return limits.entrySet()
			.stream()
			.map(entry -> Map.<String, Object>of("id", id, "key", entry.getKey().name(), "amount",
					entry.getValue().amount(), "unit", entry.getValue().unit().name()))
			.toList();
	}

	private static Map<String, Object> functions(Responsibility responsibility) {
		Map<String, Object> columns = new HashMap<>();
		columns.put("level", responsibility.dispatchLevel().name());
		columns.put("city", name(responsibility.city()));
		columns.put("district", name(responsibility.district()));
		columns.put("street", name(responsibility.street()));
		return columns;
	}

	private static String name(DepartmentFunction function) {
		return function == null ? null : function.code();
	}
}
