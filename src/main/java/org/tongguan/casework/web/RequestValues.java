package org.tongguan.casework.web;

import java.util.List;

import org.tongguan.identity.DepartmentCode;
import org.tongguan.region.RegionCode;
import org.tongguan.shared.InvalidInputException;

/** Reads codes and flags from requests, answering 400 with the field when they are malformed or missing. */
public final class RequestValues {

	private RequestValues() {
	}

	/** A region code, {@code null} when absent. */
	static RegionCode region(String field, String value) {
		try {
			return value == null ? null : RegionCode.of(value);
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException(field, e.getMessage());
		}
	}

	/** A department code, {@code null} when absent. */
	public static DepartmentCode department(String field, String value) {
		try {
			return value == null ? null : new DepartmentCode(value);
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException(field, e.getMessage());
		}
	}

	/** Department codes, none when absent. */
	public static List<DepartmentCode> departments(String field, List<String> values) {
		return values == null ? List.of() : values.stream().map(value -> department(field, value)).toList();
	}

	/** A flag the request must carry. */
	public static boolean required(String field, Boolean value) {
		if (value == null) {
			throw new InvalidInputException(field, field + " is required (true or false)");
		}
		return value;
	}
}
