package org.tongguan.casework.statistics;

import org.tongguan.region.RegionLevel;

/** What the statistics are grouped by (统计维度). */
public enum GroupBy {
	/** 省 — the province a case's district lies in (none for a city without a province). */
	PROVINCE("district_code", RegionLevel.PROVINCE),
	/** 市 — the city a case's district lies in. */
	CITY("district_code", RegionLevel.CITY),
	/** 区 — the district a case lies in. */
	DISTRICT("district_code", null),
	/** 街道 — the street a case lies in (none for cases located only to a district). */
	STREET("street_code", null),
	/** 社区 — the community a case lies in (none for cases located only to a street or district). */
	COMMUNITY("community_code", null),
	/** 单元网格 — the unit grid a case lies in (none for cases located to a coarser region). */
	GRID("grid_code", null),
	/** 主办部门 — the lead department that handles (or handled) a case; none before dispatch. */
	DEPARTMENT("lead_department", null),
	/** 小类 — the sub-category of a case. */
	CATEGORY("category_code", null),
	/** 上报渠道 — the channel a case came in through. */
	CHANNEL("channel", null);

	private final String column;

	private final RegionLevel rollUp;

	GroupBy(String column, RegionLevel rollUp) {
		this.column = column;
		this.rollUp = rollUp;
	}

	/** The column of {@code casework_case} holding the group's key (or the district it is rolled up from). */
	String column() {
		return column;
	}

	/** The level the district codes are rolled up to (province, city), or {@code null} when the column is the key. */
	public RegionLevel rollUp() {
		return rollUp;
	}

	/** Whether the group's key is a region code, its name looked up from the regions. */
	public boolean byRegion() {
		return switch (this) {
			case PROVINCE, CITY, DISTRICT, STREET, COMMUNITY, GRID -> true;
			default -> false;
		};
	}

	/** The column holding the group's name, or {@code null} when the name is looked up by key. */
	public String nameColumn() {
		return switch (this) {
			case DEPARTMENT -> "lead_department_name";
			case CATEGORY -> "category_name";
			default -> null;
		};
	}
}
