package org.tongguan.casework.attachment;

import java.time.Instant;

import org.tongguan.casework.CaseId;

/**
 * A stored attachment (附件) as the rest of casework sees it.
 *
 * @param id the attachment's id, a UUID
 * @param caseId the case it belongs to, {@code null} until a case is linked
 * @param role what it was uploaded as, which decided the types it may have
 * @param mediaType the type sniffed from the content, e.g. {@code image/jpeg}
 * @param size the content's length in bytes
 * @param sha256 the content's SHA-256, lower-case hex
 * @param fileName the client's file name, sanitised; {@code null} when none was given
 * @param uploadedBy the username of the uploader
 * @param uploadedAt when it was uploaded
 * @param thumbnail whether a JPEG thumbnail exists
 * @param noThumbnailReason why there is no thumbnail, {@code null} when there is one
 */
public record Attachment(String id, CaseId caseId, UploadRole role, String mediaType, long size, String sha256,
		String fileName, String uploadedBy, Instant uploadedAt, boolean thumbnail, String noThumbnailReason) {
}
