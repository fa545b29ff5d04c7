package org.tongguan.indicator.value;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tongguan.indicator.IndicatorCode;
import org.tongguan.indicator.IndicatorPlan;
import org.tongguan.indicator.IndicatorValue;
import org.tongguan.indicator.Period;
import org.tongguan.indicator.ValueSource;
import org.tongguan.indicator.registry.RecordedValues;
import org.tongguan.region.RegionCode;

/**
 * Reads stored values: an indicator's series over regions and periods, current or as known at an instant (the
 * current value if it had arrived by then, else the revision that was current then), and one value's revisions.
 */
@Component
class ValueStore implements RecordedValues {

	private static final String COLUMNS = """
			indicator_code, region_code, period_start, figure, source, sender, arrived_at, revision""";

	private final JdbcClient jdbc;

	ValueStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public boolean any(IndicatorCode code) {
		return !jdbc.sql("SELECT 1 FROM indicator_value WHERE indicator_code = ? LIMIT 1")
			.param(code.value())
			.query(Integer.class)
			.list()
			.isEmpty();
	}

	/**
	 * The values of the indicator in the selection, by region and period; at most {@code limit} of them.
	 *
	 * @param asOf the instant whose knowledge is asked for, {@code null} for the current values
	 */
	List<IndicatorValue> series(IndicatorPlan plan, Selection selection, Instant asOf, int limit) {
		List<Object> parameters = new ArrayList<>();
		String where = selection.where(plan.code(), parameters);
		String sql;
		if (asOf == null) {
			sql = "SELECT " + COLUMNS + " FROM indicator_value" + where;
		}
		else {
			OffsetDateTime at = asOf.atOffset(ZoneOffset.UTC);
			List<Object> revisions = new ArrayList<>(parameters);
			parameters.add(at);
			revisions.add(at);
			revisions.add(at);
			parameters.addAll(revisions);
			sql = "SELECT * FROM (SELECT " + COLUMNS + " FROM indicator_value" + where + " AND arrived_at <= ? "
					+ "UNION ALL SELECT " + COLUMNS + " FROM indicator_value_revision" + where
					+ " AND arrived_at <= ? AND superseded_at > ?) known";
		}
		parameters.add(limit);
		return jdbc.sql(sql + " ORDER BY region_code, period_start LIMIT ?")
			.params(parameters)
			.query(new Rows(plan))
			.list();
	}

	/** Every revision of one value, the first first; the last is the current one. */
	List<ValueRevision> revisions(IndicatorPlan plan, RegionCode region, Period period) {
		String key = " WHERE indicator_code = ? AND region_code = ? AND period_start = ?";
		return jdbc.sql("SELECT * FROM (SELECT " + COLUMNS + ", CAST(NULL AS TIMESTAMP WITH TIME ZONE) AS "
				+ "superseded_at FROM indicator_value" + key + " UNION ALL SELECT " + COLUMNS + ", superseded_at FROM "
				+ "indicator_value_revision" + key + ") revisions ORDER BY revision")
			.params(plan.code().value(), region.value(), period.start(), plan.code().value(), region.value(),
					period.start())
			.query((rs, row) -> {
				OffsetDateTime superseded = rs.getObject("superseded_at", OffsetDateTime.class);
				return new ValueRevision(new Rows(plan).mapRow(rs, row),
						superseded == null ? null : superseded.toInstant());
			})
			.list();
	}

	/** Reads the values of one indicator, each region's code made once per read. */
	private static final class Rows implements RowMapper<IndicatorValue> {

		private final IndicatorPlan plan;

		private final Map<String, RegionCode> regions = new HashMap<>();

		Rows(IndicatorPlan plan) {
			this.plan = plan;
		}

		@Override
		public IndicatorValue mapRow(ResultSet rs, int row) throws SQLException {
			return new IndicatorValue(plan.code(), regions.computeIfAbsent(rs.getString("region_code"),
					RegionCode::of), new Period(plan.frequency(), rs.getObject("period_start", LocalDate.class)),
					rs.getDouble("figure"), ValueSource.valueOf(rs.getString("source")), rs.getString("sender"),
					rs.getObject("arrived_at", OffsetDateTime.class).toInstant(), rs.getInt("revision"));
		}
	}

	/**
	 * Which values of an indicator a read asks for.
	 *
	 * @param regions exactly these regions; when empty, every region within {@code within}
	 * @param within the caller's data scope
	 * @param from the first period, {@code null} for no bound
	 * @param to the last period, {@code null} for no bound
	 */
	record Selection(List<RegionCode> regions, RegionCode within, Period from, Period to) {

		/** The WHERE clause, its parameters added to {@code parameters}. */
		String where(IndicatorCode indicator, List<Object> parameters) {
			StringBuilder where = new StringBuilder(" WHERE indicator_code = ?");
			parameters.add(indicator.value());
			if (!regions.isEmpty()) {
				where.append(" AND region_code IN (").append("?, ".repeat(regions.size() - 1)).append("?)");
				regions.forEach(region -> parameters.add(region.value()));
			}
			else if (!within.isPlatform()) {
				where.append(" AND region_code LIKE ?");
				parameters.add(within.significantPrefix() + "%");
			}
			if (from != null) {
				where.append(" AND period_start >= ?");
				parameters.add(from.start());
			}
			if (to != null) {
				where.append(" AND period_start <= ?");
				parameters.add(to.start());
			}
			return where.toString();
		}
	}
}
