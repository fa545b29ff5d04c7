package org.tongguan.casework;

/**
 * The identity of a case.
 *
 * @param value the database id
 */
public record CaseId(long value) {

	@Override
	public String toString() {
		return Long.toString(value);
	}
}
