package org.tongguan.casework.statistics.ready;

import org.tongguan.casework.statistics.GroupBy;

/**
 * A view of the ready data (decision 0015): the cells of one grouping, per district — or, for the city views of the
 * many-valued department and category groupings, per city, 8 or more times fewer cells for a city-wide query. Region
 * views key a case by the finest region at or above their level (a case located only to a street is keyed by the
 * street in the community view), so that a street's or community's subtree is one range of keys; such a key is
 * answered as "none". The channel view keys a case by its street and channel ({@code 440304001HOTLINE}; the channel
 * alone when it has no street), so that a street's channels are one range of keys too.
 */
enum CellView {
	/** 区 — serves the groupings by province, city and district (the key is the district itself). */
	DISTRICT(0),
	/** 街道. */
	STREET(9),
	/** 社区. */
	COMMUNITY(12),
	/** 单元网格. */
	GRID(15),
	/** 主办部门. */
	DEPARTMENT(0),
	/** 小类. */
	CATEGORY(0),
	/** 上报渠道, per street. */
	CHANNEL(9),
	/** 主办部门, per city: for scopes and filters of a city or more. */
	CITY_DEPARTMENT(0),
	/** 小类, per city: for scopes and filters of a city or more. */
	CITY_CATEGORY(0);

	private final int regionLength;

	CellView(int regionLength) {
		this.regionLength = regionLength;
	}

	/**
	 * The view serving a grouping for a query whose scope and region filter reach {@code finestLevelLength} digits
	 * of significant prefix (6 for a district).
	 */
	static CellView of(GroupBy groupBy, int finestPrefixLength) {
		CellView view = of(groupBy);
		if (finestPrefixLength < 6 && view == DEPARTMENT) {
			return CITY_DEPARTMENT;
		}
		return finestPrefixLength < 6 && view == CATEGORY ? CITY_CATEGORY : view;
	}

	/** The view serving a grouping. */
	static CellView of(GroupBy groupBy) {
		return switch (groupBy) {
			case PROVINCE, CITY, DISTRICT -> DISTRICT;
			case STREET -> STREET;
			case COMMUNITY -> COMMUNITY;
			case DEPARTMENT -> DEPARTMENT;
			case CATEGORY -> CATEGORY;
			case CHANNEL -> CHANNEL;
			case GRID -> GRID;
		};
	}

	/** The cell key of a case in this view; {@code ""} for none. */
	String key(Contribution c) {
		String key = switch (this) {
			case DISTRICT -> "";
			case STREET -> c.street();
			case COMMUNITY -> c.community() != null ? c.community() : c.street();
			case GRID -> c.grid() != null ? c.grid() : c.community() != null ? c.community() : c.street();
			case DEPARTMENT, CITY_DEPARTMENT -> c.department();
			case CATEGORY, CITY_CATEGORY -> c.category();
			case CHANNEL -> (c.street() == null ? "" : c.street()) + c.channel();
		};
		return key == null ? "" : key;
	}

	/** The region a case's cells are kept under in this view: its district, or for a city view its city. */
	String region(Contribution c) {
		return this == CITY_DEPARTMENT || this == CITY_CATEGORY ? c.district().substring(0, 4) + "00" : c.district();
	}

	/** The group's name a case carries in this view, or {@code null} when names are looked up by key. */
	String name(Contribution c) {
		return switch (this) {
			case DEPARTMENT, CITY_DEPARTMENT -> c.departmentName();
			case CATEGORY, CITY_CATEGORY -> c.categoryName();
			default -> null;
		};
	}

	/** The group key a cell key of this view is answered with, {@code district} for the district view. */
	String groupKey(String district, String key) {
		if (this == DISTRICT) {
			return district;
		}
		if (this == CHANNEL) {
			return key.isEmpty() || !Character.isDigit(key.charAt(0)) ? key : key.substring(regionLength);
		}
		if (key.isEmpty() || regionLength > 0 && key.length() != regionLength) {
			return null;
		}
		return key;
	}

	/**
	 * The piece of a slice that holds a cell of this view ({@link SliceTable.Slice}): its district (or city, in the
	 * city views), or in the grid view the street of its key, so that no piece holds more than a street's grids.
	 */
	String piece(String district, String key) {
		return this == GRID && key.length() >= 9 ? key.substring(0, 9) : district;
	}

	/** Whether a region below the district level can be selected in this view (its own level or above). */
	boolean selects(int regionCodeLength) {
		return regionCodeLength <= 6 || regionCodeLength <= regionLength;
	}
}
