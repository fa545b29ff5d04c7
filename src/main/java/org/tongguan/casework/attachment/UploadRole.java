package org.tongguan.casework.attachment;

/**
 * What an upload is declared to show, which decides the types it may have; how a case then uses it is the case's
 * {@link org.tongguan.casework.AttachmentRole}.
 */
public enum UploadRole {
	/** 上报照片 — the matter as reported: an image, or a video or voice recording. */
	BEFORE,
	/** 处置后照片 — an image of the result, which the inspector checks at verification (核查). */
	AFTER,
	/** 附件材料 — a document (PDF), or any other allowed image, audio or video. */
	DOCUMENT
}
