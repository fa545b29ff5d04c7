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
 */
public record CaseSearch(List<CaseId> ids, List<CategoryCode> categories, Set<CaseStage> stages, Instant reportedFrom,
		Instant reportedTo, int limit) {

	public CaseSearch {
		ids = ids == null ? List.of() : List.copyOf(ids);
		categories = categories == null ? List.of() : List.copyOf(categories);
		stages = stages == null ? Set.of() : Set.copyOf(stages);
	}
}
