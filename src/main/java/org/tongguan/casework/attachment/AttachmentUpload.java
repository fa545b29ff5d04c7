package org.tongguan.casework.attachment;

import org.springframework.core.io.InputStreamSource;

/**
 * A file as a client sends it; the file name and content type are only checked against the sniffed content, never
 * trusted.
 *
 * @param role what the file shows on its case
 * @param fileName the client's file name, may be {@code null}
 * @param contentType the client's declared content type, may be {@code null}
 * @param content the bytes
 * @param uploadedBy the username of the uploader
 */
public record AttachmentUpload(UploadRole role, String fileName, String contentType, InputStreamSource content,
		String uploadedBy) {

	/** Who uploaded a citizen's photo: not a username, so no signed-in user's upload passes for one. */
	static final String CITIZEN = "public:citizen";

	/** A citizen's report photo (市民上报照片), uploaded without a login. */
	public static AttachmentUpload citizenPhoto(String fileName, String contentType, InputStreamSource content) {
		return new AttachmentUpload(UploadRole.BEFORE, fileName, contentType, content, CITIZEN);
	}

	/** Whether this upload is a citizen's photo. */
	static boolean byCitizen(Attachment attachment) {
		return CITIZEN.equals(attachment.uploadedBy());
	}
}
