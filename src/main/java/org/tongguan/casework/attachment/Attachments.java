package org.tongguan.casework.attachment;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongguan.casework.AttachmentFiles;
import org.tongguan.casework.AttachmentLinks;
import org.tongguan.casework.AttachmentRole;
import org.tongguan.casework.CaseId;
import org.tongguan.casework.CaseVisibility;
import org.tongguan.identity.Callers;
import org.tongguan.shared.ConflictException;
import org.tongguan.shared.InvalidInputException;
import org.tongguan.shared.NotFoundException;
import org.tongguan.shared.Violation;

/**
 * Case attachments (附件) for the rest of casework: stores uploads after sniffing their type and checking the limits,
 * finds them, serves their files to those who may read them, links them to their case (the {@link AttachmentLinks} of
 * case handling) and tells case handling what is stored (its {@link AttachmentFiles}).
 */
@Service
public class Attachments implements AttachmentLinks, AttachmentFiles {

	private final AttachmentReceiver receiver;

	private final AttachmentStore store;

	private final AttachmentStorage storage;

	private final CaseVisibility cases;

	private final Callers callers;

	Attachments(AttachmentReceiver receiver, AttachmentStore store, AttachmentStorage storage, CaseVisibility cases,
			Callers callers) {
		this.receiver = receiver;
		this.store = store;
		this.storage = storage;
		this.cases = cases;
		this.callers = callers;
	}

	/**
	 * Stores an upload, not yet linked to a case; the type comes from the content only.
	 *
	 * @throws InvalidInputException when the file is empty
	 * @throws AttachmentRejectedException when the type is not allowed (for the role), is disguised, or the file or
	 * image is too large; nothing is stored
	 */
	public Attachment upload(AttachmentUpload upload) {
		return receiver.receive(upload);
	}

	/** The attachment with this id, if any. */
	public Optional<Attachment> find(String id) {
		return store.find(id);
	}

	/**
	 * The attachment with this id, when the current caller may read it: an attachment of a case by whoever may read
	 * the case ({@link CaseVisibility}), an upload not yet linked to a case only by its uploader.
	 *
	 * @throws NotFoundException when there is no such attachment, or its case does not exist
	 * @throws AccessDeniedException (403) when the caller may not read it
	 */
	public Attachment readable(String id) {
		Attachment attachment = find(id).orElseThrow(() -> new NotFoundException("Attachment " + id
				+ " does not exist"));
		if (attachment.caseId() != null) {
			cases.requireVisible(attachment.caseId());
		}
		else if (!attachment.uploadedBy().equals(callers.current().username())) {
			throw new AccessDeniedException("Attachment " + id + " is not linked to a case; only its uploader may "
					+ "read it");
		}
		return attachment;
	}

	@Override
	public Map<String, StoredAttachment> find(Collection<String> ids) {
		return byId(ids).values()
			.stream()
			.collect(Collectors.toMap(Attachment::id, attachment -> new StoredAttachment(attachment.id(),
					attachment.mediaType(), attachment.fileName(), attachment.thumbnail(),
					AttachmentUpload.byCitizen(attachment))));
	}

	/** One violation, at {@code field[i]}, per id that names no stored attachment. */
	@Override
	public List<Violation> check(List<String> attachmentIds, String field) {
		return unknown(attachmentIds, field, byId(attachmentIds).keySet());
	}

	/**
	 * The attachments with these ids, in the order given (duplicates once).
	 *
	 * @throws InvalidInputException naming every id that has no attachment
	 */
	public List<Attachment> requireExisting(Collection<String> ids) {
		List<String> distinct = List.copyOf(new LinkedHashSet<>(ids));
		Map<String, Attachment> found = byId(distinct);
		List<Violation> unknown = unknown(distinct, "attachmentIds", found.keySet());
		if (!unknown.isEmpty()) {
			throw new InvalidInputException("Unknown attachments: " + distinct.stream()
				.filter(id -> !found.containsKey(id))
				.collect(Collectors.joining(", ")), unknown);
		}
		return distinct.stream().map(found::get).toList();
	}

	/**
	 * Links attachments to a case, all or none; an attachment already on this case stays. A case uses as AFTER
	 * (处置后) only attachments uploaded as AFTER or DOCUMENT, never a report photo.
	 *
	 * @throws InvalidInputException when an id is unknown, an attachment belongs to another case, or a BEFORE upload
	 * is to be used as AFTER
	 */
	@Override
	@Transactional
	public void link(CaseId caseId, List<String> attachmentIds, AttachmentRole role) {
		List<Attachment> attachments = requireExisting(attachmentIds);
		List<Violation> unusable = attachments.stream()
			.map(attachment -> unusable(attachment, caseId, role))
			.flatMap(Optional::stream)
			.toList();
		if (!unusable.isEmpty()) {
			throw new InvalidInputException("These attachments cannot be linked to case " + caseId, unusable);
		}
		List<String> ids = attachments.stream().map(Attachment::id).toList();
		if (!ids.isEmpty() && store.link(ids, caseId) != ids.size()) {
			throw new ConflictException("An attachment was linked to another case meanwhile; nothing was linked.");
		}
	}

	/** The stored content of an attachment the caller may read ({@link #readable}). */
	public Resource content(Attachment readable) {
		return file(store.storedPath(readable.id()), "Attachment " + readable.id());
	}

	/**
	 * The JPEG thumbnail of an attachment the caller may read ({@link #readable}).
	 *
	 * @throws NotFoundException when it has no thumbnail
	 */
	public Resource thumbnail(Attachment readable) {
		return file(store.thumbnailPath(readable.id()), "Thumbnail of attachment " + readable.id());
	}

	private static Optional<Violation> unusable(Attachment attachment, CaseId caseId, AttachmentRole role) {
		if (attachment.caseId() != null && !attachment.caseId().equals(caseId)) {
			return Optional.of(new Violation("attachmentIds",
					"Attachment " + attachment.id() + " already belongs to case " + attachment.caseId()));
		}
		if (role == AttachmentRole.AFTER && attachment.role() == UploadRole.BEFORE) {
			return Optional.of(new Violation("attachmentIds", "Attachment " + attachment.id()
					+ " was uploaded as a report photo (BEFORE) and cannot show the result; upload it as AFTER"));
		}
		return Optional.empty();
	}

	private static List<Violation> unknown(List<String> ids, String field, Set<String> found) {
		return IntStream.range(0, ids.size())
			.filter(i -> !found.contains(ids.get(i)))
			.mapToObj(i -> new Violation(field + "[" + i + "]", "No attachment has the id " + ids.get(i)))
			.toList();
	}

	private Map<String, Attachment> byId(Collection<String> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return store.findAll(Set.copyOf(ids)).stream()
			.collect(Collectors.toMap(Attachment::id, Function.identity()));
	}

	private Resource file(Optional<String> relative, String what) {
		Path path = storage.resolve(relative.orElseThrow(() -> new NotFoundException(what + " does not exist")));
		if (!Files.isRegularFile(path)) {
			throw new UncheckedIOException(new NoSuchFileException(path.toString(), null,
					what + " is recorded but its file is missing"));
		}
		return new FileSystemResource(path);
	}
}
