package org.tongguan.casework.history.csv;

import java.util.Locale;

/**
 * A field of an imported case and the column names a file may use for it by default: the field's own name in any
 * case and spelling ({@code reportedAt}, {@code reported_at}, {@code Reported At}) or its Chinese label (上报时间).
 */
public enum HistoryField {

	EXTERNAL_ID("externalId", "外部编号", true),
	REPORTED_AT("reportedAt", "上报时间", true),
	ACCEPTED_AT("acceptedAt", "受理时间", false),
	FILED_AT("filedAt", "立案时间", false),
	DISPATCHED_AT("dispatchedAt", "派遣时间", false),
	HANDLED_AT("handledAt", "处置时间", false),
	VERIFIED_AT("verifiedAt", "核查时间", false),
	CLOSED_AT("closedAt", "结案时间", false),
	EVALUATED_AT("evaluatedAt", "回访时间", false),
	DUE_AT("dueAt", "截止时间", false),
	CATEGORY("category", "小类代码", true),
	URGENCY("urgency", "紧急程度", false),
	DEPARTMENT("department", "主办部门代码", false),
	LONGITUDE("longitude", "经度", false),
	LATITUDE("latitude", "纬度", false),
	REGION("region", "区域代码", false),
	REGION_NAME("regionName", "区域名称", false),
	ADDRESS("address", "地址", false),
	DESCRIPTION("description", "问题描述", false),
	STAGE("stage", "状态", false),
	SATISFACTION("satisfaction", "满意度", false),
	DISPATCH_COUNT("dispatchCount", "派遣次数", false),
	RETURN_COUNT("returnCount", "退回次数", false),
	REWORK_COUNT("reworkCount", "返工次数", false),
	REOPEN_COUNT("reopenCount", "重办次数", false);

	/** The stage times in the order the closed loop reaches them. */
	public static final HistoryField[] MILESTONES = { REPORTED_AT, ACCEPTED_AT, FILED_AT, DISPATCHED_AT, HANDLED_AT,
			VERIFIED_AT, CLOSED_AT, EVALUATED_AT };

	private final String key;

	private final String label;

	private final boolean required;

	HistoryField(String key, String label, boolean required) {
		this.key = key;
		this.label = label;
		this.required = required;
	}

	/** The field's name, also the name of its mapping parameter. */
	public String key() {
		return key;
	}

	/** Whether every file must have a column for it. */
	boolean required() {
		return required;
	}

	/** Whether a column header names this field by default. */
	boolean matches(String header) {
		return normalize(header).equals(normalize(key)) || header.strip().equals(label);
	}

	/** The field with this name, or {@code null}. */
	public static HistoryField byKey(String key) {
		for (HistoryField field : values()) {
			if (field.key.equals(key)) {
				return field;
			}
		}
		return null;
	}

	private static String normalize(String name) {
		StringBuilder letters = new StringBuilder(name.length());
		name.codePoints().filter(Character::isLetterOrDigit).forEach(letters::appendCodePoint);
		return letters.toString().toLowerCase(Locale.ROOT);
	}
}
