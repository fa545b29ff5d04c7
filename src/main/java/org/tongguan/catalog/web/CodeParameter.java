package org.tongguan.catalog.web;

import org.tongguan.catalog.CategoryCode;
import org.tongguan.shared.InvalidInputException;

/** Reads a sub-category code from a path, answering 400 with the expected form when it is malformed. */
final class CodeParameter {

	private CodeParameter() {
	}

	static CategoryCode parse(String code) {
		if (!CategoryCode.isValid(code)) {
			throw new InvalidInputException("code", "'" + code + "' is not a category code: " + CategoryCode.FORM);
		}
		return CategoryCode.of(code);
	}
}
