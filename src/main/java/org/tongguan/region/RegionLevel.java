package org.tongguan.region;

/** A level of the administrative hierarchy, from the whole city down to the unit grid. */
public enum RegionLevel {
	/** 市 — the city. */
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

	/** The level directly above this one, or {@code null} for the city. */
	public RegionLevel parent() {
		return this == CITY ? null : values()[ordinal() - 1];
	}
}
