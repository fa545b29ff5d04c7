package org.tongguan.casework.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.StringJoiner;

import org.tongguan.casework.store.SqlValues;

/** A SQL {@code WHERE} clause built from conditions and their parameters, in order. */
public final class Where {

	private final StringJoiner conditions = new StringJoiner(" AND ", " WHERE ", "").setEmptyValue("");

	private final List<Object> params = new ArrayList<>();

	/** Adds a condition with its parameters. */
	public Where and(String condition, Object... values) {
		conditions.add(condition);
		for (Object value : values) {
			params.add(SqlValues.bind(value));
		}
		return this;
	}

	/** Adds a condition on one parameter unless the value is {@code null} (an optional filter left out). */
	public Where andIfPresent(String condition, Object value) {
		return value == null ? this : and(condition, value);
	}

	/** Adds {@code column IN (…)} unless the values are empty. */
	public Where in(String column, Collection<?> values) {
		return among(column, " IN (", values);
	}

	/** Adds {@code column NOT IN (…)} unless the values are empty. */
	Where notIn(String column, Collection<?> values) {
		return among(column, " NOT IN (", values);
	}

	private Where among(String column, String operator, Collection<?> values) {
		if (!values.isEmpty()) {
			and(column + operator + String.join(", ", Collections.nCopies(values.size(), "?")) + ")",
					values.toArray());
		}
		return this;
	}

	public String sql() {
		return conditions.toString();
	}

	public List<Object> params() {
		return params;
	}
}
