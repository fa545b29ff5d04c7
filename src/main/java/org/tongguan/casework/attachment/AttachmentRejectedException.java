package org.tongguan.casework.attachment;

/** Thrown when an upload is refused for its type or size; nothing is stored. Answered as 415 or 413. */
public class AttachmentRejectedException extends RuntimeException {

	/** Why an upload was refused. */
	public enum Reason {
		/** The content is not an allowed type, not allowed for the role, or contradicts the declared type. */
		UNSUPPORTED_TYPE,
		/** The file or the image's dimensions exceed the limits. */
		TOO_LARGE
	}

	private final Reason reason;

	AttachmentRejectedException(Reason reason, String message) {
		super(message);
		this.reason = reason;
	}

	static AttachmentRejectedException unsupported(String message) {
		return new AttachmentRejectedException(Reason.UNSUPPORTED_TYPE, message);
	}

	static AttachmentRejectedException tooLarge(String message) {
		return new AttachmentRejectedException(Reason.TOO_LARGE, message);
	}

	public Reason reason() {
		return reason;
	}
}
