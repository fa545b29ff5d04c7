package org.tongguan.casework.statistics;

/** What the statistics are grouped by (统计维度). */
public enum GroupBy {
	/** 区 — the district a case lies in. */
	DISTRICT("district_code"),
	/** 街道 — the street a case lies in (none for cases located only to a district). */
	STREET("street_code"),
	/** 主办部门 — the lead department that handles (or handled) a case; none before dispatch. */
	DEPARTMENT("lead_department"),
	/** 小类 — the sub-category of a case. */
	CATEGORY("category_code"),
	/** 上报渠道 — the channel a case came in through. */
	CHANNEL("channel");

	private final String column;

	GroupBy(String column) {
		this.column = column;
	}

	/** The column of {@code casework_case} holding the group's key. */
	String column() {
		return column;
	}

	/** The column holding the group's name, or {@code null} when the name is looked up by key. */
	String nameColumn() {
		return switch (this) {
			case DEPARTMENT -> "lead_department_name";
			case CATEGORY -> "category_name";
			default -> null;
		};
	}
}
