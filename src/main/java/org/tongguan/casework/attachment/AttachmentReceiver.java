package org.tongguan.casework.attachment;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.tongguan.casework.attachment.AttachmentStorage.Received;
import org.tongguan.shared.InvalidInputException;

/**
 * Takes an upload in: sniffs and screens its first bytes, streams it to disk within the size limit, checks an image's
 * dimensions, keeps the file and its thumbnail, and records it; on any refusal or failure it leaves nothing behind.
 */
@Component
class AttachmentReceiver {

	private final AttachmentStorage storage;

	private final AttachmentStore store;

	private final Thumbnailer thumbnailer;

	private final AttachmentProperties properties;

	private final Clock clock;

	AttachmentReceiver(AttachmentStorage storage, AttachmentStore store, Thumbnailer thumbnailer,
			AttachmentProperties properties, Clock clock) {
		this.storage = storage;
		this.store = store;
		this.thumbnailer = thumbnailer;
		this.properties = properties;
		this.clock = clock;
	}

	Attachment receive(AttachmentUpload upload) {
		try (InputStream in = new BufferedInputStream(upload.content().getInputStream())) {
			in.mark(ContentSniffer.HEAD_LENGTH);
			byte[] head = in.readNBytes(ContentSniffer.HEAD_LENGTH);
			in.reset();
			if (head.length == 0) {
				throw new InvalidInputException("file", "The file is empty.");
			}
			AttachmentType type = UploadScreening.screen(upload.role(), head, upload.fileName(),
					upload.contentType());
			DataSize limit = properties.maxSize(type.kind());
			Received received = storage.receive(in, limit.toBytes())
				.orElseThrow(() -> AttachmentRejectedException.tooLarge("The file is larger than the "
						+ describe(limit) + " limit for " + type.kind().name().toLowerCase(Locale.ROOT)
						+ " attachments."));
			return keep(upload, type, received);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot store the attachment", e);
		}
	}

	private Attachment keep(AttachmentUpload upload, AttachmentType type, Received received) throws IOException {
		List<Path> written = new ArrayList<>(List.of(received.file()));
		try {
			thumbnailer.requireSafe(received.file(), type);
			String id = UUID.randomUUID().toString();
			Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS); // what the database keeps
			String content = storage.keep(received.file(), storage.place(now, id + "." + type.extension()));
			Path stored = storage.resolve(content);
			written.add(stored);
			Optional<byte[]> jpeg = thumbnailer.thumbnail(stored, type);
			String thumbnail = null;
			if (jpeg.isPresent()) {
				thumbnail = storage.write(jpeg.get(), storage.place(now, id + "-thumb.jpg"));
				written.add(storage.resolve(thumbnail));
			}
			Attachment attachment = new Attachment(id, null, upload.role(), type.mediaType(), received.size(),
					received.sha256(), FileNames.sanitise(upload.fileName()), upload.uploadedBy(), now,
					thumbnail != null, thumbnail != null ? null : type.noThumbnailReason());
			store.insert(attachment, content, thumbnail);
			return attachment;
		}
		catch (IOException | RuntimeException e) {
			written.forEach(storage::discard);
			throw e;
		}
	}

	private static String describe(DataSize size) {
		long bytes = size.toBytes();
		if (bytes % DataSize.ofMegabytes(1).toBytes() == 0) {
			return size.toMegabytes() + " MB";
		}
		return bytes % 1024 == 0 ? size.toKilobytes() + " KB" : bytes + " bytes";
	}
}
