package org.tongguan.casework.intake;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;
import org.tongguan.catalog.Catalog;
import org.tongguan.catalog.CategoryVersion;
import org.tongguan.catalog.CategoryVersionId;

/** The catalogue versions cases were filed with; versions never change, so each is read once. */
@Component
public class CategoryVersions {

	private final Catalog catalog;

	private final Map<CategoryVersionId, CategoryVersion> versions = new ConcurrentHashMap<>();

	CategoryVersions(Catalog catalog) {
		this.catalog = catalog;
	}

	/** The version with this id; fails when the catalogue has none (a case always keeps an existing version). */
	public CategoryVersion of(CategoryVersionId id) {
		return versions.computeIfAbsent(id, key -> catalog.version(key)
			.orElseThrow(() -> new IllegalStateException("The catalogue has no category version " + key)));
	}
}
