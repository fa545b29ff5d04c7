package org.tongguan.catalog.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tongguan.catalog.CategoryKind;
import org.tongguan.catalog.MajorCategory;
import org.tongguan.catalog.Stage;
import org.tongguan.catalog.Urgency;
import org.tongguan.shared.TimeLimit;

/** Stores major categories with their default limits and retirement. */
@Repository
public class MajorStore {

	private final JdbcClient jdbc;

	MajorStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every major, events first, by code. */
	List<MajorRecord> all() {
		Map<String, Map<Stage, TimeLimit>> stages = new HashMap<>();
		Map<String, Map<Urgency, TimeLimit>> urgencies = new HashMap<>();
		jdbc.sql("SELECT * FROM catalog_major_limit").query(rs -> {
			String key = rs.getString("major_kind") + rs.getString("major_code");
			TimeLimit limit = new TimeLimit(rs.getInt("amount"), TimeLimit.Unit.valueOf(rs.getString("unit")));
			if (rs.getString("limit_kind").equals("STAGE")) {
				stages.computeIfAbsent(key, k -> new EnumMap<>(Stage.class))
					.put(Stage.valueOf(rs.getString("limit_key")), limit);
			}
			else {
				urgencies.computeIfAbsent(key, k -> new EnumMap<>(Urgency.class))
					.put(Urgency.valueOf(rs.getString("limit_key")), limit);
			}
		});
		List<MajorRecord> majors = new ArrayList<>(jdbc.sql("SELECT * FROM catalog_major").query((rs, n) -> {
			MajorCategory major = new MajorCategory(CategoryKind.valueOf(rs.getString("kind")), rs.getString("code"),
					rs.getString("name"));
			String key = rs.getString("kind") + rs.getString("code");
			return new MajorRecord(major, stages.getOrDefault(key, Map.of()), urgencies.getOrDefault(key, Map.of()),
					rs.getBoolean("retired"));
		}).list());
		majors.sort(Comparator.comparing(MajorRecord::kind).thenComparing(MajorRecord::code));
		return majors;
	}

	public void insert(MajorRecord major) {
		jdbc.sql("INSERT INTO catalog_major (kind, code, name, retired) VALUES (?, ?, ?, ?)")
			.params(major.kind().name(), major.code(), major.name(), major.retired())
			.update();
		insertLimits(major);
	}

	public void update(MajorRecord major) {
		jdbc.sql("UPDATE catalog_major SET name = ?, retired = ? WHERE kind = ? AND code = ?")
			.params(major.name(), major.retired(), major.kind().name(), major.code())
			.update();
		jdbc.sql("DELETE FROM catalog_major_limit WHERE major_kind = ? AND major_code = ?")
			.params(major.kind().name(), major.code())
			.update();
		insertLimits(major);
	}

	private void insertLimits(MajorRecord major) {
		major.stageLimits().forEach((stage, limit) -> insertLimit(major, "STAGE", stage.name(), limit));
		major.urgencyLimits().forEach((urgency, limit) -> insertLimit(major, "URGENCY", urgency.name(), limit));
	}

	private void insertLimit(MajorRecord major, String kind, String key, TimeLimit limit) {
		jdbc.sql("""
				INSERT INTO catalog_major_limit (major_kind, major_code, limit_kind, limit_key, amount, unit)
				VALUES (?, ?, ?, ?, ?, ?)""")
			.params(major.kind().name(), major.code(), kind, key, limit.amount(), limit.unit().name())
			.update();
	}
}
