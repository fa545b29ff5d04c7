package org.tongguan.casework.action;

/** How the reporter was reached for the callback (回访方式). */
public enum CallbackChannel {
	/** 电话回访 — a phone call; the default when the reporter left a phone number. */
	PHONE("电话"),
	/** 短信回访 — a text message and the reporter's reply. */
	SMS("短信"),
	/** 客户端回访 — the reporter's answer in the app or on the web. */
	APP("客户端"),
	/** 上门回访 — a visit in person. */
	VISIT("上门"),
	/** 其他方式 — any other way, said in the comment. */
	OTHER("其他");

	private final String label;

	CallbackChannel(String label) {
		this.label = label;
	}

	/** The Chinese name of the channel. */
	public String label() {
		return label;
	}
}
