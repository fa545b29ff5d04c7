package org.tongguan.indicator;

/** 指标领域 — the fifteen domains of city operation an indicator belongs to. */
public enum IndicatorDomain {
	/** 经济运行 — output, investment, consumption, trade, prices. */
	ECONOMY("经济运行"),
	/** 人口发展 — population size, structure and movement. */
	POPULATION("人口发展"),
	/** 就业社保 — employment and social security. */
	EMPLOYMENT("就业社保"),
	/** 教育文化 — schools, places and culture. */
	EDUCATION("教育文化"),
	/** 医疗卫生 — health care and public health. */
	HEALTH("医疗卫生"),
	/** 住房发展 — housing supply, prices and rentals. */
	HOUSING("住房发展"),
	/** 交通出行 — traffic, public transport and parking. */
	TRANSPORT("交通出行"),
	/** 生态环境 — air, water, noise and green space. */
	ENVIRONMENT("生态环境"),
	/** 水务 — water supply, drainage and flood control. */
	WATER("水务"),
	/** 能源保障 — power, gas and fuel supply. */
	ENERGY("能源保障"),
	/** 城市管理 — city appearance, sanitation and public facilities. */
	URBAN_MANAGEMENT("城市管理"),
	/** 应急管理 — emergencies, disasters and work safety. */
	EMERGENCY("应急管理"),
	/** 基层治理 — streets, communities and grids. */
	COMMUNITY_GOVERNANCE("基层治理"),
	/** 民生诉求 — citizens' demands: the hotline and the cases they raise. */
	PUBLIC_DEMANDS("民生诉求"),
	/** 政务服务 — government services and their handling. */
	GOVERNMENT_SERVICES("政务服务");

	private final String label;

	IndicatorDomain(String label) {
		this.label = label;
	}

	/** The Chinese name users know the domain by. */
	public String label() {
		return label;
	}
}
