package org.tongguan.region;

/** A level of the administrative hierarchy, from a province down to the unit grid; a city may stand without one. */
public enum RegionLevel {
	/** 省 — a province (or autonomous region, municipality) above the cities of a provincial platform. */
	PROVINCE,
	/** 市 — a city, below a province or standing alone. */
	CITY,
	/** 区 — a district. */
	DISTRICT,
	/** 街道 — a street (sub-district). */
	STREET,
	/** 社区 — a community. */
	COMMUNITY,
	/** 单元网格 — a unit grid, the smallest management cell. */
	GRID;

	/** The level directly below this one, or {@code null} for grids. */
	public RegionLevel child() {
		return this == GRID ? null : values()[ordinal() + 1];
	}

	/** The level directly above this one, or {@code null} for the province. */
	public RegionLevel parent() {
		return this == PROVINCE ? null : values()[ordinal() - 1];
	}

	/** How many digits a code of this level has (GB/T 2260 and GB/T 30428.1). */
	public int digits() {
		return switch (this) {
			case PROVINCE, CITY, DISTRICT -> 6;
			case STREET -> 9;
			case COMMUNITY -> 12;
			case GRID -> 15;
		};
	}
}
