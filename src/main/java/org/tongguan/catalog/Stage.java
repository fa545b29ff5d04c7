package org.tongguan.catalog;

/** A stage of the closed loop a case runs through, each with its own time limit in the catalogue. */
public enum Stage {
	/** 受理 — accept the report. */
	ACCEPT("受理"),
	/** 立案 — file it as a case. */
	FILE("立案"),
	/** 派遣 — dispatch it to the responsible department. */
	DISPATCH("派遣"),
	/** 处置 — the department handles it. */
	HANDLE("处置"),
	/** 核查 — an inspector verifies the result on site. */
	VERIFY("核查"),
	/** 结案 — close the case. */
	CLOSE("结案");

	private final String label;

	Stage(String label) {
		this.label = label;
	}

	/** The Chinese name of the stage. */
	public String label() {
		return label;
	}
}
