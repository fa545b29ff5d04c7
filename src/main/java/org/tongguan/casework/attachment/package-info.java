/**
 * Case attachments (附件): photos before and after handling (上报照片, 处置后照片) and documents, stored on disk with the
 * type sniffed from the content, size and pixel limits, and JPEG thumbnails; the rest of casework uses
 * {@link org.tongguan.casework.attachment.Attachments}.
 */
package org.tongguan.casework.attachment;
