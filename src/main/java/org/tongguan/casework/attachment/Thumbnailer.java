package org.tongguan.casework.attachment;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.FileImageInputStream;
import javax.imageio.stream.ImageInputStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Checks JPEG and PNG dimensions from the header before anything is decoded, and makes JPEG thumbnails with the JDK's
 * ImageIO, decoding with subsampling so memory stays small whatever the image's size.
 */
@Component
class Thumbnailer {

	private static final Logger log = LoggerFactory.getLogger(Thumbnailer.class);

	private final int longestSide;

	private final long maxPixels;

	Thumbnailer(AttachmentProperties properties) {
		this.longestSide = properties.thumbnailSize();
		this.maxPixels = properties.maxImagePixels();
	}

	/** Refuses a decodable image whose header is unreadable (415) or declares too many pixels (413). */
	void requireSafe(Path file, AttachmentType type) {
		if (!type.decodable()) {
			return;
		}
		long width;
		long height;
		try {
			int[] size = read(file, type, reader -> new int[] { reader.getWidth(0), reader.getHeight(0) });
			width = size[0];
			height = size[1];
		}
		catch (IOException | RuntimeException e) {
			throw AttachmentRejectedException
				.unsupported("The content starts like " + type.mediaType() + " but is not a readable image.");
		}
		if (width * height > maxPixels) {
			throw AttachmentRejectedException.tooLarge("The image is " + width + " × " + height
					+ " pixels; at most " + maxPixels + " pixels are accepted.");
		}
	}

	/** A JPEG no longer than the thumbnail size on its longest side; empty when the type or content is not decodable. */
	Optional<byte[]> thumbnail(Path file, AttachmentType type) {
		if (!type.decodable()) {
			return Optional.empty();
		}
		try {
			return Optional.of(read(file, type, this::scaledJpeg));
		}
		catch (IOException | RuntimeException e) {
			log.info("No thumbnail for {}: {}", file.getFileName(), e.toString());
			return Optional.empty();
		}
	}

	private byte[] scaledJpeg(ImageReader reader) throws IOException {
		int longest = Math.max(reader.getWidth(0), reader.getHeight(0));
		ImageReadParam param = reader.getDefaultReadParam();
		int step = Math.max(1, longest / (2 * longestSide));
		param.setSourceSubsampling(step, step, 0, 0);
		BufferedImage source = reader.read(0, param);
		double scale = Math.min(1.0, (double) longestSide / Math.max(source.getWidth(), source.getHeight()));
		int width = Math.max(1, (int) Math.round(source.getWidth() * scale));
		int height = Math.max(1, (int) Math.round(source.getHeight() * scale));
		BufferedImage thumbnail = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = thumbnail.createGraphics();
		try {
			graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
			graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
			graphics.setColor(Color.WHITE);
			graphics.fillRect(0, 0, width, height);
			graphics.drawImage(source, 0, 0, width, height, null);
		}
		finally {
			graphics.dispose();
		}
		ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
		ImageIO.write(thumbnail, "jpeg", jpeg);
		return jpeg.toByteArray();
	}

	private static <T> T read(Path file, AttachmentType type, ReaderAction<T> action) throws IOException {
		Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(type.mediaType());
		if (!readers.hasNext()) {
			throw new IOException("No ImageIO reader for " + type.mediaType());
		}
		ImageReader reader = readers.next();
		try (ImageInputStream in = new FileImageInputStream(file.toFile())) {
			reader.setInput(in, true, true);
			return action.apply(reader);
		}
		finally {
			reader.dispose();
		}
	}

	/** Something read from an image with a prepared reader. */
	@FunctionalInterface
	private interface ReaderAction<T> {

		T apply(ImageReader reader) throws IOException;
	}
}
