package org.tongguan.casework.attachment;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

/** Small real files for attachment tests: images drawn with ImageIO, a PDF, and crafted headers. */
public final class TestFiles {

	public static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

	static final byte[] HTML = "<!DOCTYPE html><html><script>alert(1)</script></html>"
		.getBytes(StandardCharsets.US_ASCII);

	static final byte[] EXECUTABLE = { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, 0,
			0, (byte) 0xB8, 0, 0, 0 };

	static final byte[] WEBP = { 'R', 'I', 'F', 'F', 26, 0, 0, 0, 'W', 'E', 'B', 'P', 'V', 'P', '8', 'L', 13, 0, 0,
			0, 0x2F, 0, 0, 0, 0x10, 0x07, 0x10, 0x11, 0x11, (byte) 0x88, (byte) 0x88, (byte) 0xFE, 0x07, 0 };

	private TestFiles() {
	}

	/** A JPEG of this size drawn with ImageIO. */
	public static byte[] jpeg(int width, int height) {
		return image(width, height, BufferedImage.TYPE_INT_RGB, "jpeg");
	}

	static byte[] png(int width, int height) {
		return image(width, height, BufferedImage.TYPE_INT_ARGB, "png");
	}

	/** A PNG whose header declares the given size, with no pixel data behind it: a decompression bomb's header. */
	static byte[] pngHeader(int width, int height) {
		ByteBuffer header = ByteBuffer.allocate(13).putInt(width).putInt(height).put(new byte[] { 8, 2, 0, 0, 0 });
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		png.writeBytes(new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A });
		png.writeBytes(chunk("IHDR", header.array()));
		png.writeBytes(chunk("IEND", new byte[0]));
		return png.toByteArray();
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private static byte[] chunk(String type, byte[] data) {
		byte[] name = type.getBytes(StandardCharsets.US_ASCII);
		CRC32 crc = new CRC32();
		crc.update(name);
		crc.update(data);
		return ByteBuffer.allocate(12 + data.length)
			.putInt(data.length)
			.put(name)
			.put(data)
			.putInt((int) crc.getValue())
			.array();
	}

	private static byte[] image(int width, int height, int type, String format) {
		BufferedImage image = new BufferedImage(width, height, type);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(new Color(40, 120, 60, 200));
		graphics.fillRect(0, 0, width / 2, height);
		graphics.setColor(Color.ORANGE);
		graphics.fillOval(width / 4, height / 4, width / 2, height / 2);
		graphics.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, format, out);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}
}
