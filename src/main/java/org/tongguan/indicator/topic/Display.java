package org.tongguan.indicator.topic;

/** How a topic page shows one of its indicators. */
public enum Display {
	/** 指标卡 — the latest figure. */
	FIGURE,
	/** 趋势 — a line of the region's series. */
	LINE,
	/** 柱状 — bars of the region's series. */
	BAR,
	/** 分布图 — the child regions' latest values on the map. */
	MAP
}
