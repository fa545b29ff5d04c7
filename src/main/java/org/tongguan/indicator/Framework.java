package org.tongguan.indicator;

/** A reference framework of city indicators an indicator may map to. */
public enum Framework {
	/** ISO 37120 — indicators for city services and quality of life (可持续城市). */
	ISO_37120("ISO 37120 可持续城市"),
	/** ISO 37122 — indicators for smart cities (智慧城市). */
	ISO_37122("ISO 37122 智慧城市"),
	/** ISO 37123 — indicators for resilient cities (韧性城市). */
	ISO_37123("ISO 37123 韧性城市"),
	/** 城市体检 — the Ministry of Housing's annual city check-up indicators. */
	CITY_CHECKUP("城市体检"),
	/** GB/T 33356 — evaluation indicators for new-type smart cities (新型智慧城市评价). */
	GB_T_33356("GB/T 33356 新型智慧城市评价");

	private final String label;

	Framework(String label) {
		this.label = label;
	}

	/** The framework's name as users know it. */
	public String label() {
		return label;
	}
}
