package org.tongguan.casework.query;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.tongguan.casework.CaseStage;
import org.tongguan.casework.Channel;
import org.tongguan.casework.TrafficLight;
import org.tongguan.catalog.CategoryCode;
import org.tongguan.identity.DepartmentCode;
import org.tongguan.region.RegionCode;

/**
 * What a list of cases asks for; every part is optional and the caller's data scope always applies.
 *
 * @param region only cases in this region's subtree
 * @param department only cases this department handles (主办)
 * @param category only this sub-category
 * @param stages only these stages, empty for any; {@code null} elements (a blank one in {@code ?stage=,}) mean none
 * @param light only cases showing this overall traffic light now
 * @param channel only this channel
 * @param from reported at or after
 * @param to reported before
 * @param page the page, from 0
 * @param size cases per page
 * @param sort the order
 * @param ascending oldest (or earliest due) first instead of newest first
 * @param includeBacklog also imported backlog (历史积案: cases imported while still open), left out otherwise
 */
public record CaseFilter(RegionCode region, DepartmentCode department, CategoryCode category, Set<CaseStage> stages,
		TrafficLight light, Channel channel, Instant from, Instant to, int page, int size, Sort sort,
		boolean ascending, boolean includeBacklog) {

	public CaseFilter {
		stages = stages == null ? Set.of() : present(stages);
		sort = sort == null ? Sort.REPORTED_AT : sort;
	}

	/** A filter of live cases, without imported backlog. */
	public CaseFilter(RegionCode region, DepartmentCode department, CategoryCode category, Set<CaseStage> stages,
			TrafficLight light, Channel channel, Instant from, Instant to, int page, int size, Sort sort,
			boolean ascending) {
		this(region, department, category, stages, light, channel, from, to, page, size, sort, ascending, false);
	}

	private static <T> Set<T> present(Set<T> values) {
		return values.stream().filter(Objects::nonNull).collect(Collectors.toUnmodifiableSet());
	}

	/** The orders a list of cases can have. */
	public enum Sort {
		REPORTED_AT("c.reported_at"), DUE_AT("c.due_at"), UPDATED_AT("c.updated_at");

		private final String column;

		Sort(String column) {
			this.column = column;
		}

		String column() {
			return column;
		}
	}
}
