package org.tongguan.identity;

/**
 * What an API key of an external system (外部系统) is for, given when the key is created: a key works only where a
 * purpose of its own is served, so a key handed to an Open311 client is no general credential for the platform.
 */
public enum ApiKeyPurpose {
	/** Open311 GeoReport v2 clients posting service requests (the {@code api_key} parameter, {@code /open311/**}). */
	OPEN311("Open311 客户端"),
	/** 系统对接 — systems calling the platform's REST API ({@code /api/**}), e.g. 110 linkage, within their roles. */
	INTEGRATION("系统对接"),
	/** 物联监测订阅 — monitoring systems subscribing to device telemetry on the MQTT broker; no HTTP endpoint. */
	TELEMETRY("物联监测订阅"),
	/**
	 * 指标数据源 — a source system (一数一源) pushing the values of the indicators it owns ({@code /api/indicator-values});
	 * the key acts for the owning department, and its name is the source system's name in the indicator registry.
	 */
	INDICATOR_SOURCE("指标数据源");

	private final String label;

	ApiKeyPurpose(String label) {
		this.label = label;
	}

	/** The Chinese name administrators know the purpose by. */
	public String label() {
		return label;
	}
}
