package org.tongguan.casework.attachment;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.tongguan.casework.attachment.AttachmentType.Kind;

/**
 * Settings of case attachments.
 *
 * @param directory where attachment files live; {@code null} for {@code attachments} under {@code tongguan.data-dir}
 * @param maxImageSize the largest image accepted
 * @param maxDocumentSize the largest document (PDF), audio or video accepted
 * @param maxImagePixels the most pixels (width × height, read from the header) a JPEG or PNG may declare, so a
 * decompression bomb is refused before it is decoded
 * @param thumbnailSize the longest side of a thumbnail, in pixels
 * @param orphanRetention how long an upload may stay without a case (a report or step never sent, an abandoned
 * anonymous photo) before it is deleted
 */
@ConfigurationProperties("tongguan.casework.attachments")
record AttachmentProperties(Path directory, @DefaultValue("10MB") DataSize maxImageSize,
		@DefaultValue("20MB") DataSize maxDocumentSize, @DefaultValue("100000000") long maxImagePixels,
		@DefaultValue("320") int thumbnailSize, @DefaultValue("24h") Duration orphanRetention) {

	AttachmentProperties {
		if (maxImageSize.toBytes() <= 0 || maxDocumentSize.toBytes() <= 0 || maxImagePixels <= 0
				|| thumbnailSize <= 0 || orphanRetention.isNegative() || orphanRetention.isZero()) {
			throw new IllegalArgumentException("tongguan.casework.attachments: sizes, pixels, the thumbnail size and "
					+ "the orphan retention must be positive");
		}
	}

	DataSize maxSize(Kind kind) {
		return kind == Kind.IMAGE ? maxImageSize : maxDocumentSize;
	}
}
