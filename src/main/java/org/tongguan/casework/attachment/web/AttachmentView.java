package org.tongguan.casework.attachment.web;

import java.time.Instant;

import org.tongguan.casework.attachment.Attachment;
import org.tongguan.casework.attachment.UploadRole;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * An attachment's metadata as the API shows it.
 *
 * @param id the attachment's id, to pass as {@code attachmentIds} when reporting or acting on a case
 * @param role BEFORE, AFTER or DOCUMENT
 * @param mediaType the type sniffed from the content
 * @param size the length in bytes
 * @param sha256 the content's SHA-256, lower-case hex
 * @param thumbnail whether {@code GET /api/attachments/{id}/thumbnail} has a JPEG thumbnail
 * @param thumbnailNote why there is no thumbnail; absent when there is one
 * @param caseId the case it belongs to; absent until linked
 * @param fileName the sanitised client file name; absent when none was given
 * @param uploadedBy who uploaded it
 * @param uploadedAt when
 */
record AttachmentView(String id,
		@Schema(implementation = UploadRole.class, description = "what the upload shows") String role,
		String mediaType, long size, String sha256, boolean thumbnail,
		String thumbnailNote, Long caseId, String fileName, String uploadedBy, Instant uploadedAt) {

	static AttachmentView of(Attachment attachment) {
		return new AttachmentView(attachment.id(), attachment.role().name(), attachment.mediaType(),
				attachment.size(), attachment.sha256(), attachment.thumbnail(), attachment.noThumbnailReason(),
				attachment.caseId() == null ? null : attachment.caseId().value(), attachment.fileName(),
				attachment.uploadedBy(), attachment.uploadedAt());
	}
}
