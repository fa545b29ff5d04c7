package org.tongguan.casework.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;
import org.tongguan.casework.attachment.AttachmentRejectedException.Reason;

class ThumbnailerTests {

	private final Thumbnailer thumbnailer = new Thumbnailer(new AttachmentProperties(null, DataSize.ofMegabytes(10),
			DataSize.ofMegabytes(20), 100_000_000, 320, Duration.ofHours(24)));

	@TempDir
	Path directory;

	@Test
	void scalesAJpegToThreeHundredTwentyPixelsOnItsLongestSide() throws IOException {
		Path photo = file("photo.jpg", TestFiles.jpeg(2000, 1000));
		thumbnailer.requireSafe(photo, AttachmentType.JPEG);
		BufferedImage thumbnail = decode(thumbnailer.thumbnail(photo, AttachmentType.JPEG).orElseThrow());
		assertThat(thumbnail.getWidth()).isEqualTo(320);
		assertThat(thumbnail.getHeight()).isEqualTo(160);
	}

	@Test
	void keepsTheSizeOfASmallPngWithTransparencyAndAnswersAJpeg() throws IOException {
		Path drawing = file("drawing.png", TestFiles.png(100, 300));
		byte[] jpeg = thumbnailer.thumbnail(drawing, AttachmentType.PNG).orElseThrow();
		assertThat(ContentSniffer.sniff(jpeg)).contains(AttachmentType.JPEG);
		BufferedImage thumbnail = decode(jpeg);
		assertThat(thumbnail.getWidth()).isEqualTo(100);
		assertThat(thumbnail.getHeight()).isEqualTo(300);
	}

	@Test
	void refusesADecompressionBombFromItsHeaderAlone() throws IOException {
		Path bomb = file("bomb.png", TestFiles.pngHeader(20_000, 20_000));
		assertThatThrownBy(() -> thumbnailer.requireSafe(bomb, AttachmentType.PNG))
			.isInstanceOfSatisfying(AttachmentRejectedException.class,
					e -> assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE))
			.hasMessageContaining("20000 × 20000 pixels");
	}

	@Test
	void refusesAJpegWhoseHeaderCannotBeRead() throws IOException {
		Path broken = file("broken.jpg", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, '<', 'h', 't', 'm', 'l' });
		assertThatThrownBy(() -> thumbnailer.requireSafe(broken, AttachmentType.JPEG))
			.isInstanceOfSatisfying(AttachmentRejectedException.class,
					e -> assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED_TYPE));
		assertThat(thumbnailer.thumbnail(broken, AttachmentType.JPEG)).isEmpty();
	}

	@Test
	void makesNoThumbnailOfTypesImageIoCannotDecode() throws IOException {
		Path webp = file("photo.webp", TestFiles.WEBP);
		assertThatNoException().isThrownBy(() -> thumbnailer.requireSafe(webp, AttachmentType.WEBP));
		assertThat(thumbnailer.thumbnail(webp, AttachmentType.WEBP)).isEmpty();
		assertThat(AttachmentType.WEBP.noThumbnailReason()).contains("cannot decode image/webp");
	}

	private Path file(String name, byte[] content) throws IOException {
		return Files.write(directory.resolve(name), content);
	}

	private static BufferedImage decode(byte[] jpeg) throws IOException {
		return ImageIO.read(new ByteArrayInputStream(jpeg));
	}
}
