package org.tongguan.casework;

/** What an attachment shows on a case: the matter as reported or the result after handling. */
public enum AttachmentRole {
	/** 处置前 — the report's photos and documents. */
	BEFORE,
	/** 处置后 — the handling result or the inspector's verification photo. */
	AFTER
}
