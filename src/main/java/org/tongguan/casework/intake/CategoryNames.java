package org.tongguan.casework.intake;

import java.util.List;

import org.springframework.stereotype.Component;
import org.tongguan.catalog.Catalog;
import org.tongguan.catalog.CategoryCode;
import org.tongguan.catalog.CategoryVersion;
import org.tongguan.shared.InvalidInputException;

/**
 * Reads a sub-category (小类) where a person types it: its code ({@code E0101}) or its exact name (暴露垃圾), the name
 * matched against the sub-categories in force. A name that matches none or several answers 400 naming the value
 * (and the candidates' codes).
 */
@Component
public class CategoryNames {

	private final Catalog catalog;

	CategoryNames(Catalog catalog) {
		this.catalog = catalog;
	}

	/** The code the value names, {@code null} for {@code null}; fails with 400 on the field otherwise. */
	public CategoryCode resolve(String field, String value) {
		if (value == null) {
			return null;
		}
		if (CategoryCode.isValid(value)) {
			return CategoryCode.of(value);
		}
		String name = value.strip();
		List<CategoryCode> named = catalog.currentAll()
			.stream()
			.filter(version -> version.definition().active() && version.definition().name().equals(name))
			.map(CategoryVersion::code)
			.toList();
		if (named.size() == 1) {
			return named.get(0);
		}
		if (named.isEmpty()) {
			throw new InvalidInputException(field, "'" + value + "' is neither a category code (" + CategoryCode.FORM
					+ ") nor the exact name of a sub-category in force");
		}
		throw new InvalidInputException(field, "'" + value + "' names several sub-categories in force " + named
				+ "; give the code");
	}
}
