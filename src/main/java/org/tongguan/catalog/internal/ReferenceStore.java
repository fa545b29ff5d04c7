package org.tongguan.catalog.internal;

import java.util.Comparator;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tongguan.catalog.CategoryKind;
import org.tongguan.catalog.MajorCategory;
import org.tongguan.catalog.MatterKind;
import org.tongguan.catalog.MatterType;
import org.tongguan.shared.TimeLimit;

/** Stores the major categories (大类) and the 12345 matter types. */
@Repository
class ReferenceStore {

	private final JdbcClient jdbc;

	ReferenceStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<MajorCategory> majors() {
		return jdbc.sql("SELECT * FROM catalog_major")
			.query((rs, n) -> new MajorCategory(CategoryKind.valueOf(rs.getString("kind")), rs.getString("code"),
					rs.getString("name")))
			.list()
			.stream()
			.sorted(Comparator.comparing(MajorCategory::kind).thenComparing(MajorCategory::code))
			.toList();
	}

	List<MatterType> matterTypes() {
		return jdbc.sql("SELECT * FROM catalog_matter_type")
			.query((rs, n) -> new MatterType(MatterKind.valueOf(rs.getString("kind")),
					new TimeLimit(rs.getInt("limit_amount"), TimeLimit.Unit.valueOf(rs.getString("limit_unit"))),
					rs.getString("practice")))
			.list()
			.stream()
			.sorted(Comparator.comparing(MatterType::kind))
			.toList();
	}

	void insert(MajorCategory major) {
		jdbc.sql("INSERT INTO catalog_major (kind, code, name) VALUES (:kind, :code, :name)")
			.param("kind", major.kind().name())
			.param("code", major.code())
			.param("name", major.name())
			.update();
	}

	void insert(MatterType type) {
		jdbc.sql("""
				INSERT INTO catalog_matter_type (kind, limit_amount, limit_unit, practice)
				VALUES (:kind, :amount, :unit, :practice)
				""")
			.param("kind", type.kind().name())
			.param("amount", type.limit().amount())
			.param("unit", type.limit().unit().name())
			.param("practice", type.practice())
			.update();
	}
}
