package org.tongguan.casework.web;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.tongguan.casework.CaseReport;
import org.tongguan.casework.CaseSnapshot;
import org.tongguan.casework.Reporter;
import org.tongguan.casework.attachment.Attachment;
import org.tongguan.casework.attachment.AttachmentUpload;
import org.tongguan.casework.attachment.Attachments;
import org.tongguan.casework.attachment.UploadRole;
import org.tongguan.casework.intake.CategoryNames;
import org.tongguan.casework.intake.IntakeResult;
import org.tongguan.casework.intake.IntakeService;
import org.tongguan.casework.intake.StatusSecrets;
import org.tongguan.casework.internal.CaseworkProperties;
import org.tongguan.casework.store.Snapshots;
import org.tongguan.identity.Caller;
import org.tongguan.identity.PublicPaths;
import org.tongguan.shared.InvalidInputException;
import org.tongguan.shared.Violation;
import org.tongguan.shared.web.RateLimitInterceptor;

/**
 * Citizens' web and app submissions (市民上报), open without a login: photos first (report photos only: images,
 * video or voice), each answered with the id to send with the report, then the report, answered with the case number
 * to quote and the due time, nothing more. A report may carry only photos uploaded here, and an
 * {@code Idempotency-Key} header is required. A caller who is signed in all the same reports as themselves.
 */
@RestController
@Tag(name = "Citizens (市民上报)")
class PublicIntakeController {

	static final String PATH = "/api/public/cases";

	static final String PHOTOS = "/api/public/attachments";

	/** The citizen's status check of their own report (with the secret the report answered). */
	static final String STATUS = PATH + "/{number}/status";

	/** Who uploaded a citizen's photo: not a username, so no signed-in user's upload passes for one. */
	static final String CITIZEN = "public:citizen";

	private final IntakeService intake;

	private final Attachments attachments;

	private final Snapshots snapshots;

	private final StatusSecrets secrets;

	private final Clock clock;

	private final CategoryNames categories;

	PublicIntakeController(IntakeService intake, Attachments attachments, Snapshots snapshots, StatusSecrets secrets,
			Clock clock, CategoryNames categories) {
		this.intake = intake;
		this.attachments = attachments;
		this.snapshots = snapshots;
		this.secrets = secrets;
		this.clock = clock;
		this.categories = categories;
	}

	@PostMapping(path = PHOTOS, consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Upload a citizen's photo (市民上报照片)", description = """
			A citizen uploads a photo (an image, a video or a voice note; the type is read from the content, not the \
			name) before reporting, as `multipart/form-data` with the part `file`. The answer's `id` goes into the \
			report's `attachmentIds`. Rate limited per address.""")
	@ApiResponse(responseCode = "201", description = "The photo stored, with the id to send with the report",
			useReturnTypeSchema = true)
	@ApiResponse(responseCode = "413", description = "The file is larger than the platform accepts")
	@ApiResponse(responseCode = "429", description = "Too many uploads from this address; wait for `Retry-After`")
	ResponseEntity<Photo> upload(@RequestParam MultipartFile file) {
		Attachment photo = attachments.upload(new AttachmentUpload(UploadRole.BEFORE, file.getOriginalFilename(),
				file.getContentType(), file, CITIZEN));
		return ResponseEntity.status(HttpStatus.CREATED).body(new Photo(photo.id(), photo.mediaType(), photo.size()));
	}

	@PostMapping(PATH)
	@Operation(summary = "Report a matter as a citizen (市民上报)", description = """
			A citizen reports a matter without an account: a sub-category code, what is wrong, and where (a point, or \
			an address naming the district). Photos must have been uploaded through `POST /api/public/attachments`. \
			The answer is the receipt: the case number to quote, its stage, category, report and due time, nothing \
			about anyone else's cases. The `Idempotency-Key` header is required (e.g. a UUID generated by the app): \
			a retry answers 200 with the same receipt. Rate limited per address.""")
	@ApiResponse(responseCode = "201", description = "The receipt of the new case", useReturnTypeSchema = true)
	@ApiResponse(responseCode = "200", description = "A retry with an `Idempotency-Key` seen before: the first "
			+ "report's receipt", useReturnTypeSchema = true)
	@ApiResponse(responseCode = "429", description = "Too many reports from this address; wait for `Retry-After`")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject("""
			{"category": "E0101", "description": "小区门口垃圾两天没人清理",
			 "longitude": 114.0579, "latitude": 22.5431, "name": "李女士", "phone": "13900139000",
			 "attachmentIds": []}""")))
	ResponseEntity<Receipt> report(
			@Parameter(in = ParameterIn.HEADER, required = true, description = CaseIntakeController.IDEMPOTENCY_KEY,
					example = "0b8f6a52-3c1d-4e7a-9f21-6d5c4b3a2e10")
			@RequestHeader(name = "Idempotency-Key", required = false) String key,
			@RequestBody CitizenReport request, @AuthenticationPrincipal Caller caller) {
		if (key == null || key.isBlank()) {
			throw new InvalidInputException("Idempotency-Key", "send an Idempotency-Key header (e.g. a UUID)");
		}
		requireCitizenPhotos(request.attachmentIds());
		IntakeResult result = intake.intake(caller, CaseReport
			.citizen(key, categories.resolve("category", request.category()), request.description())
			.at(request.longitude(), request.latitude(), request.address())
			.reporter(new Reporter(request.name(), request.phone()))
			.attachments(request.attachmentIds())
			.build());
		CaseSnapshot snapshot = snapshots.of(result.record());
		String secret = secrets.issue(result.record().id(), clock.instant());
		Receipt receipt = new Receipt(snapshot.number(), snapshot.stage().label(), snapshot.categoryName(),
				snapshot.reportedAt(), snapshot.dueAt(), secret);
		return ResponseEntity.status(result.created() ? HttpStatus.CREATED : HttpStatus.OK).body(receipt);
	}

	/** Refuses ids that name no photo uploaded through {@link #PHOTOS}, whoever else uploaded them. */
	private void requireCitizenPhotos(List<String> ids) {
		if (ids == null) {
			return;
		}
		List<Violation> foreign = new ArrayList<>();
		for (int i = 0; i < ids.size(); i++) {
			String id = ids.get(i);
			if (id == null || attachments.find(id).filter(photo -> CITIZEN.equals(photo.uploadedBy())).isEmpty()) {
				foreign.add(new Violation("attachmentIds[" + i + "]", "no photo with this id was uploaded through "
						+ PHOTOS));
			}
		}
		if (!foreign.isEmpty()) {
			throw new InvalidInputException("A report carries only photos uploaded through " + PHOTOS, foreign);
		}
	}

	/**
	 * A citizen's report.
	 *
	 * @param category the sub-category code or its exact name
	 * @param description what is wrong
	 * @param longitude longitude, with latitude
	 * @param latitude latitude
	 * @param address the address; alone it must name the district (and street)
	 * @param name the citizen's name, optional
	 * @param phone the citizen's phone, for the callback
	 * @param attachmentIds photos uploaded through {@code /api/public/attachments} before
	 */
	record CitizenReport(String category, String description, Double longitude, Double latitude, String address,
			String name, String phone, List<String> attachmentIds) {
	}

	/**
	 * What a citizen gets back.
	 *
	 * @param number the case number to quote
	 * @param stage where it stands
	 * @param category its sub-category's name
	 * @param reportedAt when it was reported
	 * @param dueAt when it is due to be handled
	 * @param statusSecret the secret to check the report's status with (shown once; a retried report answers a new
	 * one, which replaces it)
	 */
	record Receipt(String number, String stage, String category, Instant reportedAt, Instant dueAt,
			String statusSecret) {
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

	/**
	 * Opens the citizens' intake to callers without a login, within per-address budgets of reports, photos and status
	 * checks.
	 */
	@Configuration(proxyBeanMethods = false)
	static class PublicIntake implements WebMvcConfigurer {

		private final CaseworkProperties properties;

		private final Clock clock;

		PublicIntake(CaseworkProperties properties, Clock clock) {
			this.properties = properties;
			this.clock = clock;
		}

		@Bean
		PublicPaths citizenIntake() {
			return new PublicPaths("Citizen case reports, their photos and status checks (市民上报)",
					List.of(PATH, PHOTOS, STATUS.replace("{number}", "*")));
		}

		@Override
		public void addInterceptors(InterceptorRegistry registry) {
			registry.addInterceptor(RateLimitInterceptor.perMinute(properties.publicReportsPerMinute(), clock))
				.addPathPatterns(PATH);
			registry.addInterceptor(RateLimitInterceptor.perMinute(properties.publicPhotosPerMinute(), clock))
				.addPathPatterns(PHOTOS);
			registry.addInterceptor(RateLimitInterceptor.perMinute(properties.publicStatusChecksPerMinute(), clock))
				.addPathPatterns(STATUS.replace("{number}", "*"));
		}
	}
}
