package org.tongguan.indicator;

/** 指标分类 — whom or what an indicator describes: the four classes 人、企、城、政. */
public enum IndicatorClass {
	/** 人 — residents: population, employment, health, education, their demands. */
	PEOPLE("人"),
	/** 企 — enterprises and the economy. */
	ENTERPRISE("企"),
	/** 城 — the city's physical operation: infrastructure, environment, safety. */
	CITY("城"),
	/** 政 — government: services, handling of matters, governance. */
	GOVERNMENT("政");

	private final String label;

	IndicatorClass(String label) {
		this.label = label;
	}

	/** The Chinese name users know the class by. */
	public String label() {
		return label;
	}
}
