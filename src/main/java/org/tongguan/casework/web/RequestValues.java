package org.tongguan.casework.web;

import java.util.List;

import org.tongguan.identity.DepartmentCode;
import org.tongguan.region.RegionCode;
import org.tongguan.shared.InvalidInputException;

/** Reads codes and flags from requests, answering 400 with the field when they are malformed or missing. */
final class RequestValues {

	private RequestValues() {
	}

	static RegionCode region(String field, String value) {
		try {
			return value == null ? null : RegionCode.of(value);
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException(field, e.getMessage());
		}
	}

	static DepartmentCode department(String field, String value) {
		try {
			return value == null ? null : new DepartmentCode(value);
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException(field, e.getMessage());
		}
	}

	static List<DepartmentCode> departments(String field, List<String> values) {
		return values == null ? List.of() : values.stream().map(value -> department(field, value)).toList();
	}

	static boolean required(String field, Boolean value) {
		if (value == null) {
			throw new InvalidInputException(field, field + " is required (true or false)");
		}
		return value;
	}
}
