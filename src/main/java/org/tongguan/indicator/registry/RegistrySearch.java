package org.tongguan.indicator.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.tongguan.identity.Caller;
import org.tongguan.indicator.AccessGrade;
import org.tongguan.indicator.Direction;
import org.tongguan.indicator.Frequency;
import org.tongguan.indicator.IndicatorClass;
import org.tongguan.indicator.IndicatorDomain;
import org.tongguan.region.RegionLevel;
import org.tongguan.shared.Violations;

/**
 * Searches and browses the registry by any of its attributes, a page at a time in the order of the codes, listing
 * only the indicators the caller's access grade admits.
 */
@Service
public class RegistrySearch {

	private final JdbcClient jdbc;

	RegistrySearch(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One page of the indicators the query finds. */
	public RegistryPage search(RegistryQuery query, Caller caller) {
		Violations problems = new Violations();
		if (query.page() < 0) {
			problems.add("page", "must be 0 or more");
		}
		if (query.size() < 1 || query.size() > RegistryQuery.LARGEST_PAGE) {
			problems.add("size", "must be from 1 to " + RegistryQuery.LARGEST_PAGE);
		}
		problems.throwIfAny("Invalid page");
		Where where = new Where();
		where.visibleTo(caller);
		if (query.text() != null && !query.text().isBlank()) {
			String pattern = "%" + escaped(query.text().strip().toLowerCase(Locale.ROOT)) + "%";
			where.add("(LOWER(code) LIKE ? ESCAPE '\\' OR LOWER(name) LIKE ? ESCAPE '\\')", pattern, pattern);
		}
		if (query.within() != null) {
			where.add("(code = ? OR code LIKE ?)", query.within().value(), query.within().value()
					+ (query.within().level() == 1 ? "P%" : "-%"));
		}
		where.equal("parent_code", query.parent() == null ? null : query.parent().value());
		where.equal("indicator_class", query.indicatorClass());
		where.equal("domain", query.domain());
		where.equal("direction", query.direction());
		where.equal("region_level", query.level());
		where.equal("frequency", query.frequency());
		where.equal("source_department", query.sourceDepartment() == null ? null : query.sourceDepartment().value());
		where.equal("source_system", query.sourceSystem());
		where.equal("responsible_department",
				query.responsibleDepartment() == null ? null : query.responsibleDepartment().value());
		where.equal("access_grade", query.grade());
		where.equal("high_frequency", query.highFrequency());
		where.equal("unit", query.unit());
		if (query.framework() != null) {
			where.add("frameworks LIKE ?", "%," + query.framework().name() + ",%");
		}
		if (!query.includeRetired()) {
			where.add("retired = ?", false);
		}
		long total = jdbc.sql("SELECT COUNT(*) FROM indicator_plan" + where.sql())
			.params(where.parameters)
			.query(Long.class)
			.single();
		List<Object> paged = new ArrayList<>(where.parameters);
		paged.add(query.size());
		paged.add((long) query.page() * query.size());
		List<IndicatorSummary> items = jdbc.sql("SELECT * FROM indicator_plan" + where.sql()
				+ " ORDER BY sort_key LIMIT ? OFFSET ?").params(paged).query(RegistrySearch::summary).list();
		return new RegistryPage(items, total, query.page(), query.size());
	}

	private static String escaped(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	private static IndicatorSummary summary(ResultSet rs, int row) throws SQLException {
		return new IndicatorSummary(rs.getString("code"), rs.getString("parent_code"), rs.getString("name"),
				rs.getString("unit"), Direction.valueOf(rs.getString("direction")),
				IndicatorClass.valueOf(rs.getString("indicator_class")),
				IndicatorDomain.valueOf(rs.getString("domain")), RegionLevel.valueOf(rs.getString("region_level")),
				Frequency.valueOf(rs.getString("frequency")), rs.getString("source_department"),
				rs.getString("source_system"), rs.getString("responsible_department"),
				AccessGrade.valueOf(rs.getString("access_grade")), rs.getBoolean("high_frequency"),
				rs.getBoolean("retired"), rs.getInt("version"));
	}

	/** The conditions of a search and their parameters. */
	private static final class Where {

		private final List<String> conditions = new ArrayList<>();

		private final List<Object> parameters = new ArrayList<>();

		void add(String condition, Object... values) {
			conditions.add(condition);
			parameters.addAll(Arrays.asList(values));
		}

		void equal(String column, Object value) {
			if (value != null) {
				add(column + " = ?", value instanceof Enum<?> constant ? constant.name() : value);
			}
		}

		/** The grades the caller's roles open, and those its department opens for its own indicators. */
		void visibleTo(Caller caller) {
			List<String> byRole = Arrays.stream(AccessGrade.values())
				.filter(grade -> caller.roles().stream().anyMatch(grade.roles()::contains))
				.map(Enum::name)
				.toList();
			List<String> byDepartment = Arrays.stream(AccessGrade.values())
				.filter(grade -> caller.department() != null && grade.opensToItsDepartments()
						&& !byRole.contains(grade.name()))
				.map(Enum::name)
				.toList();
			List<String> either = new ArrayList<>();
			List<Object> values = new ArrayList<>();
			if (!byRole.isEmpty()) {
				either.add("access_grade IN (" + marks(byRole.size()) + ")");
				values.addAll(byRole);
			}
			if (!byDepartment.isEmpty()) {
				either.add("access_grade IN (" + marks(byDepartment.size()) + ") AND (source_department = ? OR "
						+ "responsible_department = ?)");
				values.addAll(byDepartment);
				values.add(caller.department().value());
				values.add(caller.department().value());
			}
			add(either.isEmpty() ? "1 = 0" : "(" + String.join(" OR ", either) + ")", values.toArray());
		}

		String sql() {
			return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
		}

		private static String marks(int count) {
			return Arrays.stream(new String[count]).map(mark -> "?").collect(Collectors.joining(", "));
		}
	}
}
