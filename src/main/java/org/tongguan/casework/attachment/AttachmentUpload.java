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
}
