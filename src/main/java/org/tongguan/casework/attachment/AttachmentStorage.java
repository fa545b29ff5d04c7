package org.tongguan.casework.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.tongguan.shared.PlatformProperties;

/**
 * The attachment directory: files arrive in {@code .incoming/} and are moved atomically to
 * {@code yyyy/MM/dd/<name>}, so a stored path never shows a half-written file.
 */
@Component
class AttachmentStorage {

	private static final Logger log = LoggerFactory.getLogger(AttachmentStorage.class);

	private final Path root;

	private final Path incoming;

	private final Clock clock;

	AttachmentStorage(AttachmentProperties properties, PlatformProperties platform, Clock clock) {
		Path directory = properties.directory() != null ? properties.directory()
				: platform.dataDir().resolve("attachments");
		this.root = directory.toAbsolutePath().normalize();
		this.incoming = root.resolve(".incoming");
		this.clock = clock;
	}

	/** A received file: its temporary place, length and SHA-256. */
	record Received(Path file, long size, String sha256) {
	}

	/**
	 * Copies the stream into a temporary file while counting and hashing it; empty when it is longer than the limit
	 * (the temporary file is then deleted).
	 */
	Optional<Received> receive(InputStream in, long limit) throws IOException {
		Path temporary = newTemporaryFile();
		MessageDigest digest = sha256();
		long size = 0;
		try (OutputStream out = Files.newOutputStream(temporary)) {
			byte[] buffer = new byte[64 * 1024];
			for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
				size += read;
				if (size > limit) {
					discard(temporary);
					return Optional.empty();
				}
				digest.update(buffer, 0, read);
				out.write(buffer, 0, read);
			}
		}
		catch (IOException | RuntimeException e) {
			discard(temporary);
			throw e;
		}
		return Optional.of(new Received(temporary, size, HexFormat.of().formatHex(digest.digest())));
	}

	/** The relative path of a file named {@code name} stored at the given instant (by the city's date). */
	String place(Instant at, String name) {
		LocalDate date = LocalDate.ofInstant(at, clock.getZone());
		return String.format("%04d/%02d/%02d/%s", date.getYear(), date.getMonthValue(), date.getDayOfMonth(), name);
	}

	/** Moves a temporary file to its relative path in one step and returns that path. */
	String keep(Path temporary, String relative) throws IOException {
		Path target = resolve(relative);
		Files.createDirectories(target.getParent());
		try {
			Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (AtomicMoveNotSupportedException e) {
			Files.move(temporary, target);
		}
		return relative;
	}

	/** Writes bytes to a temporary file and then keeps it at the relative path. */
	String write(byte[] content, String relative) throws IOException {
		Path temporary = newTemporaryFile();
		try {
			Files.write(temporary, content);
			return keep(temporary, relative);
		}
		catch (IOException | RuntimeException e) {
			discard(temporary);
			throw e;
		}
	}

	/** The absolute path of a stored relative path; never outside the attachment directory. */
	Path resolve(String relative) {
		Path path = root.resolve(relative).normalize();
		if (!path.startsWith(root)) {
			throw new IllegalStateException("Stored path " + relative + " leaves the attachment directory");
		}
		return path;
	}

	void discard(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException e) {
			log.warn("Could not delete {}", file, e);
		}
	}

	private Path newTemporaryFile() throws IOException {
		Files.createDirectories(incoming);
		return Files.createTempFile(incoming, "upload-", ".part");
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("The JDK always has SHA-256", e);
		}
	}
}
