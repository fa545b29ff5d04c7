/**
 * Case attachments (附件), a nested application module of casework: photos before and after handling (上报照片,
 * 处置后照片) and documents, stored on disk with the type sniffed from the content, size and pixel limits, and JPEG
 * thumbnails. Its API is {@link org.tongguan.casework.attachment.Attachments}; {@code web} serves uploads and downloads
 * ({@code /api/attachments}) and the citizens' report photos ({@code /api/public/attachments}).
 *
 * <p>The dependency runs one way: this module implements casework's {@link org.tongguan.casework.AttachmentLinks}
 * (checking and linking a case's attachment ids) and {@link org.tongguan.casework.AttachmentFiles} (what is stored
 * under them, for the case views and the citizens' intake), and casework reaches it only through those two; it reads
 * the case's visibility through {@link org.tongguan.casework.CaseVisibility}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Case attachments")
package org.tongguan.casework.attachment;
