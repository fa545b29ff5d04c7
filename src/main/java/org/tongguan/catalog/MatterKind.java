package org.tongguan.catalog;

/** A 12345 hotline matter type (诉求类型), as the national hotline guidance names them. */
public enum MatterKind {
	/** 咨询 — an enquiry. */
	CONSULTATION("咨询"),
	/** 求助 — a request for help. */
	HELP("求助"),
	/** 投诉 — a complaint about one's own rights and interests. */
	COMPLAINT("投诉"),
	/** 举报 — a report of someone else's violation. */
	REPORT("举报"),
	/** 建议 — a suggestion. */
	SUGGESTION("建议");

	private final String label;

	MatterKind(String label) {
		this.label = label;
	}

	/** The Chinese name of the matter type. */
	public String label() {
		return label;
	}
}
