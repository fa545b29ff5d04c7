package org.tongguan.casework.attachment.web;

import java.time.Clock;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.tongguan.casework.attachment.Attachment;
import org.tongguan.casework.attachment.AttachmentUpload;
import org.tongguan.casework.attachment.Attachments;
import org.tongguan.casework.internal.CaseworkProperties;
import org.tongguan.identity.PublicPaths;
import org.tongguan.shared.web.RateLimitInterceptor;

/**
 * Citizens' report photos (市民上报照片), open without a login: an image, video or voice note uploaded before the
 * report ({@code POST /api/public/cases}), answered with the id the report carries; the citizens' intake accepts only
 * ids uploaded here.
 */
@RestController
@Tag(name = "Citizens (市民上报)")
class CitizenPhotoController {

	static final String PATH = "/api/public/attachments";

	private final Attachments attachments;

	CitizenPhotoController(Attachments attachments) {
		this.attachments = attachments;
	}

	@PostMapping(path = PATH, consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Upload a citizen's photo (市民上报照片)", description = """
			A citizen uploads a photo (an image, a video or a voice note; the type is read from the content, not the \
			name) before reporting, as `multipart/form-data` with the part `file`. The answer's `id` goes into the \
			report's `attachmentIds`. Rate limited per address.""")
	@ApiResponse(responseCode = "201", description = "The photo stored, with the id to send with the report",
			useReturnTypeSchema = true)
	@ApiResponse(responseCode = "413", description = "The file is larger than the platform accepts")
	@ApiResponse(responseCode = "429", description = "Too many uploads from this address; wait for `Retry-After`")
	ResponseEntity<Photo> upload(@RequestParam MultipartFile file) {
		Attachment photo = attachments.upload(AttachmentUpload.citizenPhoto(file.getOriginalFilename(),
				file.getContentType(), file));
		return ResponseEntity.status(HttpStatus.CREATED).body(new Photo(photo.id(), photo.mediaType(), photo.size()));
	}

	/**
	 * What a citizen gets back for a photo.
	 *
	 * @param id the id to send in the report's {@code attachmentIds}
	 * @param mediaType the type sniffed from the content
	 * @param size its length in bytes
	 */
	record Photo(String id, String mediaType, long size) {
	}

	/** Opens the citizens' photo upload to callers without a login, within a per-address budget. */
	@Configuration(proxyBeanMethods = false)
	static class PublicPhotos implements WebMvcConfigurer {

		private final CaseworkProperties properties;

		private final Clock clock;

		PublicPhotos(CaseworkProperties properties, Clock clock) {
			this.properties = properties;
			this.clock = clock;
		}

		@Bean
		PublicPaths citizenPhotos() {
			return new PublicPaths("Citizens' report photos (市民上报照片)", List.of(PATH));
		}

		@Override
		public void addInterceptors(InterceptorRegistry registry) {
			registry.addInterceptor(RateLimitInterceptor.perMinute(properties.publicPhotosPerMinute(), clock))
				.addPathPatterns(PATH);
		}
	}
}
