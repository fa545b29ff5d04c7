package org.tongguan.region.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.tongguan.region.Region;
import org.tongguan.region.RegionCode;
import org.tongguan.region.RegionLevel;
import org.tongguan.shared.geo.GeoJson;

/** The {@code region_region} table: regions with their boundaries as WKB, written in JDBC batches. */
@Repository
public class RegionStore {

	private static final int BATCH = 1000;

	/** Parents before children, so every insert finds its parent row. */
	private static final Comparator<Boundary> PARENTS_FIRST = Comparator
		.comparing((Boundary b) -> b.region().level())
		.thenComparing(b -> b.region().code().value());

	private final JdbcTemplate jdbc;

	private final Clock clock;

	RegionStore(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	boolean isEmpty() {
		return !Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM region_region)", Boolean.class));
	}

	/** Every region with its boundary. */
	List<Boundary> loadAll() {
		WKBReader wkb = new WKBReader(GeoJson.FACTORY);
		return jdbc.query("SELECT code, name, level, parent_code, geometry FROM region_region",
				(rs, row) -> new Boundary(region(rs), geometry(wkb, rs.getBytes("geometry"))));
	}

	public void insert(Collection<Boundary> boundaries) {
		write("INSERT INTO region_region (name, level, parent_code, geometry, updated_at, code) "
				+ "VALUES (?, ?, ?, ?, ?, ?)", boundaries.stream().sorted(PARENTS_FIRST).toList());
	}

	public void update(Collection<Boundary> boundaries) {
		write("UPDATE region_region SET name = ?, level = ?, parent_code = ?, geometry = ?, updated_at = ? "
				+ "WHERE code = ?", List.copyOf(boundaries));
	}

	public void delete(Collection<RegionCode> codes) {
		jdbc.batchUpdate("DELETE FROM region_region WHERE code = ?", List.copyOf(codes), BATCH,
				(ps, code) -> ps.setString(1, code.value()));
	}

	private void write(String sql, List<Boundary> boundaries) {
		OffsetDateTime now = OffsetDateTime.now(clock);
		WKBWriter wkb = new WKBWriter();
		jdbc.batchUpdate(sql, boundaries, BATCH, (ps, boundary) -> {
			Region region = boundary.region();
			ps.setString(1, region.name());
			ps.setString(2, region.level().name());
			ps.setString(3, region.parent() == null ? null : region.parent().value());
			ps.setBytes(4, wkb.write(boundary.geometry()));
			ps.setObject(5, now);
			ps.setString(6, region.code().value());
		});
	}

	private static Region region(ResultSet rs) throws SQLException {
		String parent = rs.getString("parent_code");
		return new Region(RegionCode.of(rs.getString("code")), rs.getString("name"),
				RegionLevel.valueOf(rs.getString("level")), parent == null ? null : RegionCode.of(parent));
	}

	private static Geometry geometry(WKBReader wkb, byte[] bytes) {
		try {
			return wkb.read(bytes);
		}
		catch (ParseException e) {
			throw new IllegalStateException("A stored boundary cannot be read", e);
		}
	}
}
