package org.tongguan.casework.attachment;

import java.util.List;
import java.util.Locale;

/** An allowed attachment type: its media type, its kind, the file extensions and declared types that match it. */
enum AttachmentType {

	JPEG("image/jpeg", Kind.IMAGE, List.of("jpg", "jpeg", "jpe", "jfif"), List.of("image/jpg", "image/pjpeg")),
	PNG("image/png", Kind.IMAGE, List.of("png"), List.of("image/x-png")),
	WEBP("image/webp", Kind.IMAGE, List.of("webp"), List.of()),
	HEIC("image/heic", Kind.IMAGE, List.of("heic", "heif"), List.of("image/heif", "image/heic-sequence",
			"image/heif-sequence")),
	PDF("application/pdf", Kind.DOCUMENT, List.of("pdf"), List.of("application/x-pdf")),
	MP4("video/mp4", Kind.VIDEO, List.of("mp4", "m4v"), List.of("video/x-m4v")),
	QUICKTIME("video/quicktime", Kind.VIDEO, List.of("mov", "qt"), List.of()),
	M4A("audio/mp4", Kind.AUDIO, List.of("m4a"), List.of("audio/x-m4a", "audio/m4a")),
	MP3("audio/mpeg", Kind.AUDIO, List.of("mp3"), List.of("audio/mp3", "audio/x-mpeg")),
	AMR("audio/amr", Kind.AUDIO, List.of("amr"), List.of()),
	WAV("audio/wav", Kind.AUDIO, List.of("wav"), List.of("audio/x-wav", "audio/wave", "audio/vnd.wave"));

	/** What an attachment type is, which decides its size limit and the roles it may have. */
	enum Kind {
		IMAGE, DOCUMENT, AUDIO, VIDEO
	}

	private final String mediaType;

	private final Kind kind;

	private final List<String> extensions;

	private final List<String> aliases;

	AttachmentType(String mediaType, Kind kind, List<String> extensions, List<String> aliases) {
		this.mediaType = mediaType;
		this.kind = kind;
		this.extensions = extensions;
		this.aliases = aliases;
	}

	String mediaType() {
		return mediaType;
	}

	Kind kind() {
		return kind;
	}

	/** The extension stored files of this type get. */
	String extension() {
		return extensions.get(0);
	}

	boolean hasExtension(String extension) {
		return extensions.contains(extension.toLowerCase(Locale.ROOT));
	}

	/** Whether a declared content type (parameters ignored) names this type. */
	boolean isNamedBy(String contentType) {
		String bare = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
		return mediaType.equals(bare) || aliases.contains(bare);
	}

	/** Whether the JDK's ImageIO decodes this type, so it gets a thumbnail. */
	boolean decodable() {
		return this == JPEG || this == PNG;
	}

	/** Why a stored attachment of this type has no thumbnail. */
	String noThumbnailReason() {
		if (kind != Kind.IMAGE) {
			return "Only images have thumbnails; this is " + mediaType + ".";
		}
		return decodable() ? "The image could not be decoded for a thumbnail."
				: "The platform cannot decode " + mediaType + " images; no thumbnail.";
	}

	static AttachmentType ofMediaType(String mediaType) {
		for (AttachmentType type : values()) {
			if (type.mediaType.equals(mediaType)) {
				return type;
			}
		}
		throw new IllegalArgumentException("Not an attachment type: " + mediaType);
	}
}
