package org.tongguan.identity;

/**
 * The code of a department, e.g. {@code 440304-CHENGGUAN} for 福田区城管局.
 *
 * @param value the code
 */
public record DepartmentCode(String value) {

	public DepartmentCode {
		if (value == null || !value.matches("[0-9A-Za-z_-]{2,64}")) {
			throw new IllegalArgumentException("A department code has 2–64 letters, digits, '-' or '_', not '"
					+ value + "'");
		}
	}

	@Override
	public String toString() {
		return value;
	}
}
