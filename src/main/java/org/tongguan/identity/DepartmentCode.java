package org.tongguan.identity;

/**
 * The code of a department, e.g. {@code 440304-CHENGGUAN} for 福田区城管局.
 *
 * @param value the code
 */
public record DepartmentCode(String value) {

	public DepartmentCode {
		if (!isValid(value)) {
			throw new IllegalArgumentException("A department code has 2–64 letters, digits, '-' or '_', not '"
					+ value + "'");
		}
	}

	/** Whether the text has the form of a department code (it may still name no department). */
	public static boolean isValid(String value) {
		return value != null && value.matches("[0-9A-Za-z_-]{2,64}");
	}

	@Override
	public String toString() {
		return value;
	}
}
