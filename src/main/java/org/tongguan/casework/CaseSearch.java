package org.tongguan.casework;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.tongguan.catalog.CategoryCode;

/**
 * A search over all cases for trusted module callers (no data-scope filter; the REST API applies the caller's scope).
 *
 * @param ids only these cases, empty for any
 * @param categories only these sub-categories, empty for any
 * @param stages only these stages, empty for any
 * @param reportedFrom reported at or after, may be {@code null}
 * @param reportedTo reported before, may be {@code null}
 * @param limit the most cases to return, newest first
 * @param channels only cases that came in through these channels, empty for any
 * @param excludedCategories never cases of these sub-categories
 */
public record CaseSearch(List<CaseId> ids, List<CategoryCode> categories, Set<CaseStage> stages, Instant reportedFrom,
		Instant reportedTo, int limit, Set<Channel> channels, Set<CategoryCode> excludedCategories) {

	public CaseSearch {
		ids = ids == null ? List.of() : List.copyOf(ids);
		categories = categories == null ? List.of() : List.copyOf(categories);
		stages = stages == null ? Set.of() : Set.copyOf(stages);
		channels = channels == null ? Set.of() : Set.copyOf(channels);
		excludedCategories = excludedCategories == null ? Set.of() : Set.copyOf(excludedCategories);
	}

	/** A search over every channel and category. */
	public CaseSearch(List<CaseId> ids, List<CategoryCode> categories, Set<CaseStage> stages, Instant reportedFrom,
			Instant reportedTo, int limit) {
		this(ids, categories, stages, reportedFrom, reportedTo, limit, Set.of(), Set.of());
	}

	/** This search, narrowed to cases of these channels that are of none of these sub-categories. */
	public CaseSearch within(Set<Channel> onlyChannels, Set<CategoryCode> withoutCategories) {
		return new CaseSearch(ids, categories, stages, reportedFrom, reportedTo, limit, onlyChannels,
				withoutCategories);
	}
}
