package org.tongguan.sensing.alarm;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tongguan.identity.Callers;
import org.tongguan.shared.InvalidInputException;

/** Lists alarms by state, level, device, type, region and time, always within the caller's data scope. */
@Component
public class AlarmFinder {

	static final int MAX_PAGE_SIZE = 200;

	private final JdbcClient jdbc;

	private final AlarmScope scope;

	private final Callers callers;

	AlarmFinder(JdbcClient jdbc, AlarmScope scope, Callers callers) {
		this.jdbc = jdbc;
		this.scope = scope;
		this.callers = callers;
	}

	public AlarmPage find(AlarmFilter filter) {
		if (filter.page() < 0 || filter.size() < 1 || filter.size() > MAX_PAGE_SIZE) {
			throw new InvalidInputException("size", "page must be 0 or more and size between 1 and " + MAX_PAGE_SIZE);
		}
		List<String> conditions = new ArrayList<>();
		List<Object> params = new ArrayList<>();
		scope.within(callers.current().scope(), conditions, params);
		if (filter.region() != null) {
			scope.within(filter.region(), conditions, params);
		}
		in("state", filter.states().stream().map(Enum::name).toList(), conditions, params);
		in("level", filter.levels().stream().map(Enum::name).toList(), conditions, params);
		equal("device_code", filter.device(), conditions, params);
		equal("device_type", filter.deviceType(), conditions, params);
		if (filter.from() != null) {
			conditions.add("raised_at >= ?");
			params.add(AlarmRows.bind(filter.from()));
		}
		if (filter.to() != null) {
			conditions.add("raised_at < ?");
			params.add(AlarmRows.bind(filter.to()));
		}
		String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
		long total = jdbc.sql("SELECT COUNT(*) FROM sensing_alarm" + where).params(params).query(Long.class).single();
		List<Object> paged = new ArrayList<>(params);
		paged.add(filter.size());
		paged.add((long) filter.page() * filter.size());
		List<AlarmRecord> items = jdbc.sql("SELECT * FROM sensing_alarm" + where
				+ " ORDER BY raised_at DESC, id DESC LIMIT ? OFFSET ?").params(paged).query(AlarmRows.ALARM).list();
		return new AlarmPage(items, total, filter.page(), filter.size());
	}

	/**
	 * The active alarms (not cleared) within the caller's data scope whose device stood inside the box of WGS-84
	 * degrees when they were raised, most severe first, at most {@code limit}.
	 */
	public List<AlarmRecord> activeWithin(double west, double south, double east, double north, int limit) {
		List<String> conditions = new ArrayList<>();
		List<Object> params = new ArrayList<>();
		scope.within(callers.current().scope(), conditions, params);
		conditions.add("active_key IS NOT NULL");
		conditions.add("longitude >= ? AND longitude < ? AND latitude >= ? AND latitude < ?");
		params.addAll(List.of(west, east, south, north));
		params.add(limit);
		return jdbc.sql("SELECT * FROM sensing_alarm WHERE " + String.join(" AND ", conditions)
				+ " ORDER BY raised_at DESC, id DESC LIMIT ?").params(params).query(AlarmRows.ALARM).list();
	}

	private static void in(String column, List<String> values, List<String> conditions, List<Object> params) {
		if (!values.isEmpty()) {
			conditions.add(column + " IN (" + values.stream().map(v -> "?").collect(Collectors.joining(", ")) + ")");
			params.addAll(values);
		}
	}

	private static void equal(String column, String value, List<String> conditions, List<Object> params) {
		if (value != null && !value.isBlank()) {
			conditions.add(column + " = ?");
			params.add(value.strip());
		}
	}
}
