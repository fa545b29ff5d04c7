package org.tongguan.casework.attachment;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.tongguan.casework.attachment.AttachmentType.Kind;

/**
 * Decides an upload's type from its first bytes and refuses content that is not allowed, not allowed for the role, or
 * disguised: a file name extension or declared content type that contradicts the content.
 */
final class UploadScreening {

	private static final Set<String> GENERIC_TYPES = Set.of("application/octet-stream", "binary/octet-stream",
			"application/unknown");

	private static final String ALLOWED = Arrays.stream(AttachmentType.values())
		.map(AttachmentType::mediaType)
		.collect(Collectors.joining(", "));

	private UploadScreening() {
	}

	static AttachmentType screen(UploadRole role, byte[] head, String fileName, String contentType) {
		AttachmentType type = ContentSniffer.sniff(head)
			.orElseThrow(() -> AttachmentRejectedException
				.unsupported("The content is not an allowed type; allowed are " + ALLOWED + "."));
		String extension = FileNames.extension(FileNames.sanitise(fileName));
		if (extension != null && !type.hasExtension(extension)) {
			throw AttachmentRejectedException.unsupported("The file name ends in ." + extension
					+ " but the content is " + type.mediaType() + ".");
		}
		if (isSpecific(contentType) && !type.isNamedBy(contentType)) {
			throw AttachmentRejectedException.unsupported("The declared content type " + contentType.strip()
					+ " does not match the content, which is " + type.mediaType() + ".");
		}
		if (!accepts(role, type.kind())) {
			throw AttachmentRejectedException.unsupported("A " + role + " attachment cannot be "
					+ type.kind().name().toLowerCase(Locale.ROOT) + " (" + type.mediaType() + "); "
					+ (role == UploadRole.AFTER ? "it must be an image." : "use role DOCUMENT."));
		}
		return type;
	}

	private static boolean accepts(UploadRole role, Kind kind) {
		return switch (role) {
			case BEFORE -> kind != Kind.DOCUMENT;
			case AFTER -> kind == Kind.IMAGE;
			case DOCUMENT -> true;
		};
	}

	private static boolean isSpecific(String contentType) {
		return contentType != null && !contentType.isBlank()
				&& !GENERIC_TYPES.contains(contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT));
	}
}
