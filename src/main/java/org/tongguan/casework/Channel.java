package org.tongguan.casework;

/** Where a report came from (上报渠道). */
public enum Channel {
	/** 12345 热线 — entered by a hotline operator. */
	HOTLINE("12345热线"),
	/** 市民上报 — a citizen's web or app submission. */
	CITIZEN("市民上报"),
	/** 网格员上报 — a grid inspector's report with photo and location. */
	INSPECTOR("网格员上报"),
	/** 外部系统 — another system calling with an API key. */
	EXTERNAL_SYSTEM("外部系统"),
	/** 110 转入 — a non-police matter transferred in from 110. */
	POLICE_110("110转入"),
	/** Open311 GeoReport v2 client. */
	OPEN311("Open311"),
	/** 物联感知 — an alarm raised by a sensor (the sensing module). */
	SENSOR("物联感知"),
	/** 指标预警 — a warning of a city indicator (城市体征, the indicator module). */
	INDICATOR("指标预警"),
	/** 历史导入 — a past case imported from another system. */
	HISTORY_IMPORT("历史导入");

	private final String label;

	Channel(String label) {
		this.label = label;
	}

	/** The Chinese name of the channel. */
	public String label() {
		return label;
	}
}
