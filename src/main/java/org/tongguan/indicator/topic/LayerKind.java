package org.tongguan.indicator.topic;

/** What a map layer of a topic shows; the console draws it from the owning module's tiles or the topic's data. */
public enum LayerKind {
	/** 案件 — cases, filtered e.g. by category or stage. */
	CASES,
	/** 感知设备 — devices, filtered e.g. by device type. */
	DEVICES,
	/** 告警 — open device alarms. */
	ALARMS,
	/** 分级设色 — the child regions coloured by an indicator's latest values. */
	CHOROPLETH
}
