package org.tongguan.casework.store;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The columns of one case row an action changed: values to set and counters to add to, and whether the case itself
 * changed (so that it is marked updated) or only the deadline timer's bookkeeping. Only a {@link CaseFile} makes one,
 * and {@link CaseStore#save} takes it only from a case file, so no other class writes a case's columns.
 *
 * @param values the columns to set, their values bound for SQL
 * @param increments the counters to add to, with how much
 * @param touched whether a transition changed the case
 */
record CaseRowChange(Map<CaseColumn, Object> values, Map<CaseColumn, Integer> increments, boolean touched) {

	/** What changed between two states of one case. */
	static CaseRowChange between(CaseRecord before, CaseRecord after, boolean touched) {
		Map<CaseColumn, Object> values = new EnumMap<>(CaseColumn.class);
		Map<CaseColumn, Integer> increments = new EnumMap<>(CaseColumn.class);
		for (CaseColumn column : CaseColumn.values()) {
			Object was = column.of(before);
			Object is = column.of(after);
			if (Objects.equals(was, is)) {
				continue;
			}
			if (column.counter()) {
				increments.put(column, (Integer) is - (Integer) was);
			}
			else {
				values.put(column, SqlValues.bind(is));
			}
		}
		return new CaseRowChange(Collections.unmodifiableMap(values), Collections.unmodifiableMap(increments),
				touched);
	}

	/** Whether there is nothing to write. */
	boolean isEmpty() {
		return values.isEmpty() && increments.isEmpty() && !touched;
	}
}
