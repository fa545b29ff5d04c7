package org.tongguan.casework.attachment;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/** Recognises an allowed {@link AttachmentType} from a file's first bytes (magic numbers), ignoring its name. */
final class ContentSniffer {

	/** How many leading bytes sniffing needs. */
	static final int HEAD_LENGTH = 16;

	private static final Set<String> HEIF_BRANDS = Set.of("heic", "heix", "heim", "heis", "hevc", "hevx", "mif1",
			"msf1");

	private static final Set<String> MP4_BRANDS = Set.of("isom", "iso2", "iso4", "iso5", "iso6", "mp41", "mp42",
			"avc1", "M4V ", "mmp4", "dash");

	private static final Set<String> M4A_BRANDS = Set.of("M4A ", "M4B ");

	private ContentSniffer() {
	}

	static Optional<AttachmentType> sniff(byte[] head) {
		if (startsWith(head, 0xFF, 0xD8, 0xFF)) {
			return Optional.of(AttachmentType.JPEG);
		}
		if (startsWith(head, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
			return Optional.of(AttachmentType.PNG);
		}
		if (text(head, 0, 5).equals("%PDF-")) {
			return Optional.of(AttachmentType.PDF);
		}
		if (text(head, 0, 4).equals("RIFF")) {
			return riff(text(head, 8, 4));
		}
		if (text(head, 4, 4).equals("ftyp")) {
			return isoMedia(text(head, 8, 4));
		}
		if (text(head, 0, 6).equals("#!AMR\n")) {
			return Optional.of(AttachmentType.AMR);
		}
		if (text(head, 0, 3).equals("ID3") || isMp3Frame(head)) {
			return Optional.of(AttachmentType.MP3);
		}
		return Optional.empty();
	}

	private static Optional<AttachmentType> riff(String form) {
		return switch (form) {
			case "WEBP" -> Optional.of(AttachmentType.WEBP);
			case "WAVE" -> Optional.of(AttachmentType.WAV);
			default -> Optional.empty();
		};
	}

	private static Optional<AttachmentType> isoMedia(String brand) {
		if (HEIF_BRANDS.contains(brand)) {
			return Optional.of(AttachmentType.HEIC);
		}
		if (MP4_BRANDS.contains(brand)) {
			return Optional.of(AttachmentType.MP4);
		}
		if (M4A_BRANDS.contains(brand)) {
			return Optional.of(AttachmentType.M4A);
		}
		return brand.equals("qt  ") ? Optional.of(AttachmentType.QUICKTIME) : Optional.empty();
	}

	/** An MPEG-1/2 Layer III frame header: 11 sync bits, then a valid version and layer III. */
	private static boolean isMp3Frame(byte[] head) {
		return head.length >= 2 && (head[0] & 0xFF) == 0xFF && Set.of(0xFB, 0xFA, 0xF3, 0xF2).contains(head[1] & 0xFF);
	}

	private static boolean startsWith(byte[] head, int... magic) {
		if (head.length < magic.length) {
			return false;
		}
		for (int i = 0; i < magic.length; i++) {
			if ((head[i] & 0xFF) != magic[i]) {
				return false;
			}
		}
		return true;
	}

	private static String text(byte[] head, int offset, int length) {
		if (head.length < offset + length) {
			return "";
		}
		return new String(Arrays.copyOfRange(head, offset, offset + length), StandardCharsets.ISO_8859_1);
	}
}
