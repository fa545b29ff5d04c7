package org.tongguan.identity;

/** What a person (or an external system) may do on the platform; Spring Security sees it as {@code ROLE_<name>}. */
public enum Role {
	/** 受理员 — hotline and intake operator. */
	OPERATOR("受理员"),
	/** 值班长 — shift lead of the operations centre. */
	SHIFT_LEAD("值班长"),
	/** 派遣员 — dispatcher. */
	DISPATCHER("派遣员"),
	/** 处置人员 — handler in a department. */
	HANDLER("处置人员"),
	/** 监督员/网格员 — grid inspector. */
	INSPECTOR("监督员/网格员"),
	/** 领导 — leader, reads everything in scope and supervises. */
	LEADER("领导"),
	/** 管理员 — platform administrator. */
	ADMIN("管理员"),
	/** 外部系统 — an external system calling with an API key. */
	EXTERNAL_SYSTEM("外部系统");

	private final String label;

	Role(String label) {
		this.label = label;
	}

	/** The Chinese name users know the role by. */
	public String label() {
		return label;
	}

	/** The authority Spring Security checks, e.g. {@code ROLE_ADMIN}. */
	public String authority() {
		return "ROLE_" + name();
	}
}
