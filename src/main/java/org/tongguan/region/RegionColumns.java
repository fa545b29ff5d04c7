package org.tongguan.region;

import java.util.ArrayList;
import java.util.List;

/**
 * The SQL condition that a row lies in a region's subtree, for tables that store a place as the columns
 * {@code district_code}, {@code street_code}, {@code community_code} and {@code grid_code}: nothing for the platform,
 * the range of district codes with the significant prefix for a province or city, the column of the code's own level
 * otherwise.
 *
 * @param sql the condition with {@code ?} placeholders, {@code null} when every row qualifies
 * @param params the values of the placeholders, in order
 */
public record RegionColumns(String sql, List<Object> params) {

	/** The condition for the region's subtree. */
	public static RegionColumns within(RegionCode region) {
		String prefix = region.significantPrefix();
		if (prefix.isEmpty()) {
			return new RegionColumns(null, List.of());
		}
		return switch (region.value().length()) {
			case 9 -> new RegionColumns("street_code = ?", List.of(region.value()));
			case 12 -> new RegionColumns("community_code = ?", List.of(region.value()));
			case 15 -> new RegionColumns("grid_code = ?", List.of(region.value()));
			default -> prefix.length() == 6 ? new RegionColumns("district_code = ?", List.of(region.value()))
					: range(prefix);
		};
	}

	/**
	 * The condition for the region's subtree, rows outside every region (no district) included when the region is
	 * {@link #placelessOwner the owner of such rows}.
	 */
	public static RegionColumns within(RegionCode region, Regions regions) {
		RegionColumns condition = within(region);
		return region.equals(placelessOwner(regions)) ? condition.orPlaceless() : condition;
	}

	/**
	 * Who owns a place outside every region (a device or alarm that no boundary contains): the one top region (a
	 * province, or a city without one) when the platform has exactly one, otherwise the platform as a whole.
	 */
	public static RegionCode placelessOwner(Regions regions) {
		List<Region> top = new ArrayList<>(regions.list(RegionLevel.PROVINCE));
		regions.list(RegionLevel.CITY).stream().filter(city -> city.parent() == null).forEach(top::add);
		return top.size() == 1 ? top.get(0).code() : RegionCode.PLATFORM;
	}

	/** The same condition, rows without a district included too (a place outside every region). */
	public RegionColumns orPlaceless() {
		return sql == null ? this : new RegionColumns("(" + sql + " OR district_code IS NULL)", params);
	}

	private static RegionColumns range(String prefix) {
		List<Object> params = new ArrayList<>(List.of(prefix));
		String sql = RegionCode.after(prefix).map(end -> {
			params.add(end);
			return "(district_code >= ? AND district_code < ?)";
		}).orElse("district_code >= ?");
		return new RegionColumns(sql, List.copyOf(params));
	}
}
