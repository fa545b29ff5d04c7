package org.tongguan.casework.query;

import java.util.ArrayList;
import java.util.List;

import org.tongguan.region.RegionCode;

/**
 * The conditions on {@code casework_case} that select a region's subtree, all read from the index
 * {@code (district_code, reported_at, region_code)} (decision 0009): none for the platform-wide scope, the range of
 * district codes starting with the code's significant prefix for a province or city, the district for a district,
 * and for a street, community or grid its district and the range of finest region codes its subtree spans.
 */
public final class RegionBounds {

	private RegionBounds() {
	}

	/** The conditions, each a column compared with a value, to be joined with AND. */
	public static List<Bound> of(RegionCode region) {
		List<Bound> bounds = new ArrayList<>();
		String prefix = region.significantPrefix();
		if (region.value().length() > 6) {
			bounds.add(new Bound("district_code", "=", region.district().value()));
			bounds.add(new Bound("region_code", ">=", region.value()));
			region.subtreeEnd().ifPresent(end -> bounds.add(new Bound("region_code", "<", end)));
		}
		else if (prefix.length() == 6) {
			bounds.add(new Bound("district_code", "=", region.value()));
		}
		else if (!prefix.isEmpty()) {
			bounds.add(new Bound("district_code", ">=", prefix));
			RegionCode.after(prefix).ifPresent(end -> bounds.add(new Bound("district_code", "<", end)));
		}
		return bounds;
	}

	/**
	 * One condition: {@code column operator value}.
	 *
	 * @param column the column of {@code casework_case}
	 * @param operator the comparison
	 * @param value the region code it is compared with
	 */
	public record Bound(String column, String operator, String value) {
	}
}
