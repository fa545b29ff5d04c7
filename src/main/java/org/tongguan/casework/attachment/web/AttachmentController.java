package org.tongguan.casework.attachment.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Locale;

import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.tongguan.casework.attachment.Attachment;
import org.tongguan.casework.attachment.AttachmentUpload;
import org.tongguan.casework.attachment.Attachments;
import org.tongguan.casework.attachment.UploadRole;
import org.tongguan.shared.InvalidInputException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Uploads photos and documents for cases (any signed-in user) and serves them back as downloads with the sniffed type,
 * never rendered by the browser, to whoever may read their case (an unlinked upload only to its uploader).
 */
@RestController
@RequestMapping("/api/attachments")
@Tag(name = "Attachments (附件)")
class AttachmentController {

	private final Attachments attachments;

	AttachmentController(Attachments attachments) {
		this.attachments = attachments;
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Upload a photo or document for a case (附件上传)", description = """
			Uploads one file as `multipart/form-data` (part `file`) with the `role` it plays: BEFORE (上报照片, the \
			matter as reported: an image, video or voice recording), AFTER (处置后照片, an image of the result, \
			checked at verification) or DOCUMENT (附件材料, a PDF or any other allowed image, audio or video). The type \
			is sniffed from the content, not taken from the name. The answer's `id` goes into `attachmentIds` of a \
			report or an action; until then only the uploader can read it.""")
	@ApiResponse(responseCode = "201", description = "The attachment stored (its metadata); `Location` names it",
			useReturnTypeSchema = true)
	@ApiResponse(responseCode = "413", description = "The file is larger than the platform accepts (50 MB)")
	ResponseEntity<AttachmentView> upload(@RequestParam MultipartFile file,
			@Parameter(description = "what the upload shows", schema = @Schema(implementation = UploadRole.class))
			@RequestParam String role,
			Principal principal) {
		Attachment attachment = attachments.upload(new AttachmentUpload(role(role), file.getOriginalFilename(),
				file.getContentType(), file, principal.getName()));
		return ResponseEntity.created(URI.create("/api/attachments/" + attachment.id()))
			.body(AttachmentView.of(attachment));
	}

	@GetMapping("/{id}")
	@Operation(summary = "Download an attachment", description = """
			The file as uploaded, with its sniffed type, always as a download (`Content-Disposition: attachment`, \
			sandboxed), to whoever may read its case (an unlinked upload only to its uploader).""")
	@ApiResponse(responseCode = "200", description = "The file's bytes", content = @Content(mediaType = "*/*",
			schema = @Schema(type = "string", format = "binary")))
	ResponseEntity<Resource> content(@PathVariable String id) {
		Attachment attachment = attachments.readable(id);
		String name = attachment.fileName() != null ? attachment.fileName() : attachment.id();
		return ResponseEntity.ok()
			.headers(protectedDownload(ContentDisposition.attachment(), name))
			.contentType(MediaType.parseMediaType(attachment.mediaType()))
			.body(attachments.content(attachment));
	}

	@GetMapping("/{id}/thumbnail")
	@Operation(summary = "An image attachment's thumbnail", description = """
			A small JPEG of an image attachment, for lists and the map; 404 when it has none (see the attachment's \
			`thumbnailNote`).""")
	@ApiResponse(responseCode = "200", description = "The JPEG thumbnail", content = @Content(mediaType = "image/jpeg",
			schema = @Schema(type = "string", format = "binary")))
	ResponseEntity<Resource> thumbnail(@PathVariable String id) {
		Resource thumbnail = attachments.thumbnail(attachments.readable(id));
		return ResponseEntity.ok()
			.headers(protectedDownload(ContentDisposition.inline(), id + "-thumbnail.jpg"))
			.contentType(MediaType.IMAGE_JPEG)
			.body(thumbnail);
	}

	/** Headers that keep a browser from sniffing or running the content, whatever it holds. */
	private static HttpHeaders protectedDownload(ContentDisposition.Builder disposition, String fileName) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentDisposition(disposition.filename(fileName, StandardCharsets.UTF_8).build());
		headers.set("X-Content-Type-Options", "nosniff");
		headers.set("Content-Security-Policy", "default-src 'none'; sandbox");
		return headers;
	}

	private static UploadRole role(String role) {
		try {
			return UploadRole.valueOf(role.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException("role", "'" + role + "' is not a role; expected BEFORE, AFTER or DOCUMENT");
		}
	}
}
