package org.tongguan.casework.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

class ContentSnifferTests {

	@Test
	void recognisesImagesByTheirMagicBytes() {
		assertThat(ContentSniffer.sniff(head(TestFiles.jpeg(8, 8)))).contains(AttachmentType.JPEG);
		assertThat(ContentSniffer.sniff(head(TestFiles.png(8, 8)))).contains(AttachmentType.PNG);
		assertThat(ContentSniffer.sniff(head(TestFiles.WEBP))).contains(AttachmentType.WEBP);
		assertThat(ContentSniffer.sniff(isoMedia("heic"))).contains(AttachmentType.HEIC);
		assertThat(ContentSniffer.sniff(isoMedia("mif1"))).contains(AttachmentType.HEIC);
	}

	@Test
	void recognisesDocumentsAudioAndVideo() {
		assertThat(ContentSniffer.sniff(head(TestFiles.PDF))).contains(AttachmentType.PDF);
		assertThat(ContentSniffer.sniff(isoMedia("isom"))).contains(AttachmentType.MP4);
		assertThat(ContentSniffer.sniff(isoMedia("qt  "))).contains(AttachmentType.QUICKTIME);
		assertThat(ContentSniffer.sniff(isoMedia("M4A "))).contains(AttachmentType.M4A);
		assertThat(ContentSniffer.sniff(ascii("ID3\u0004\u0000\u0000\u0000\u0000"))).contains(AttachmentType.MP3);
		assertThat(ContentSniffer.sniff(new byte[] { (byte) 0xFF, (byte) 0xFB, (byte) 0x90, 0x64 }))
			.contains(AttachmentType.MP3);
		assertThat(ContentSniffer.sniff(ascii("#!AMR\n<data"))).contains(AttachmentType.AMR);
		assertThat(ContentSniffer.sniff(ascii("RIFF\u0024\u0000\u0000\u0000WAVEfmt "))).contains(AttachmentType.WAV);
	}

	@Test
	void recognisesNothingElse() {
		assertThat(ContentSniffer.sniff(head(TestFiles.EXECUTABLE))).isEmpty();
		assertThat(ContentSniffer.sniff(head(TestFiles.HTML))).isEmpty();
		assertThat(ContentSniffer.sniff(ascii("<svg xmlns=\"http://www.w3.org/2000/svg\"/>"))).isEmpty();
		assertThat(ContentSniffer.sniff(isoMedia("avif"))).isEmpty();
		assertThat(ContentSniffer.sniff(ascii("RIFF\u0024\u0000\u0000\u0000AVI LIST"))).isEmpty();
		assertThat(ContentSniffer.sniff(ascii("GIF89a"))).isEmpty();
		assertThat(ContentSniffer.sniff(new byte[] { (byte) 0xFF, (byte) 0xD8 })).isEmpty();
		assertThat(ContentSniffer.sniff(new byte[0])).isEmpty();
	}

	private static byte[] head(byte[] content) {
		return Arrays.copyOf(content, Math.min(content.length, ContentSniffer.HEAD_LENGTH));
	}

	private static byte[] isoMedia(String brand) {
		return ascii("\u0000\u0000\u0000\u0018ftyp" + brand + "\u0000\u0000\u0000\u0000");
	}

	private static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.ISO_8859_1);
	}
}
