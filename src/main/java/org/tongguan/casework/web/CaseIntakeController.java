package org.tongguan.casework.web;

import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tongguan.casework.CaseReport;
import org.tongguan.casework.Channel;
import org.tongguan.casework.Reporter;
import org.tongguan.casework.intake.CategoryNames;
import org.tongguan.casework.intake.IntakeService;
import org.tongguan.catalog.CategoryCode;
import org.tongguan.catalog.MatterKind;
import org.tongguan.catalog.Urgency;
import org.tongguan.identity.Caller;
import org.tongguan.identity.Role;
import org.tongguan.shared.InvalidInputException;

/**
 * Intake (上报) by people and systems signed in: hotline operators and shift leads (12345 热线), grid inspectors with
 * photo and location (网格员上报, also 自处理), and external systems with an API key. Every report carries an
 * {@code Idempotency-Key} header; a retried report answers 200 with the case the first one created (201).
 */
@RestController
@RequestMapping("/api/cases")
@Tag(name = "Cases: intake (上报)")
class CaseIntakeController {

	/** What the {@code Idempotency-Key} header of an intake is for. */
	static final String IDEMPOTENCY_KEY = "Required. A key the reporting client makes once per report (e.g. a UUID) "
			+ "and sends again with every retry of it: the platform answers a retry with the first report's case "
			+ "instead of making a second one.";

	private final IntakeService intake;

	private final CaseViews views;

	private final CategoryNames categories;

	CaseIntakeController(IntakeService intake, CaseViews views, CategoryNames categories) {
		this.intake = intake;
		this.views = views;
		this.categories = categories;
	}

	@PostMapping
	@PreAuthorize("hasAnyRole('OPERATOR', 'SHIFT_LEAD', 'INSPECTOR', 'EXTERNAL_SYSTEM')")
	@Operation(summary = "Report a case (上报)", description = """
			Reports a matter (上报): a hotline call (12345 热线) by an operator or shift lead, a grid inspector's \
			report with photo and location (网格员上报; `selfHandled = true` when handled on the spot, 自处理), or an \
			external system's report by API key. The case is located to grid, community, street and district from \
			`longitude`/`latitude`, or from an `address` that names the district; its deadline comes from the \
			category's time limit on the working calendar. The channel is the caller's own (HOTLINE, INSPECTOR or \
			EXTERNAL_SYSTEM); `channel` picks one when the caller's roles allow several. Attach photos by uploading \
			them first (`POST /api/attachments`, role BEFORE) and listing their ids in `attachmentIds`.

			The `Idempotency-Key` header is required: a retry with the same key answers 200 with the case the first \
			report created, never a second case.""")
	@ApiResponse(responseCode = "201", description = "The case created, with its number and deadline; `Location` "
			+ "names it", useReturnTypeSchema = true)
	@ApiResponse(responseCode = "200", description = "A retry with an `Idempotency-Key` seen before: the case the "
			+ "first report created", useReturnTypeSchema = true)
	@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject("""
			{"category": "E0101", "urgency": "NORMAL", "description": "路边暴露垃圾，约两袋",
			 "longitude": 114.0579, "latitude": 22.5431, "address": "福田区华富街道深南大道1001号",
			 "reporter": {"name": "张先生", "phone": "13800138000"}, "attachmentIds": []}""")))
	ResponseEntity<CaseView> report(
			@Parameter(in = ParameterIn.HEADER, required = true, description = IDEMPOTENCY_KEY,
					example = "0b8f6a52-3c1d-4e7a-9f21-6d5c4b3a2e10")
			@RequestHeader(name = "Idempotency-Key", required = false) String key,
			@RequestBody ReportRequest request, @AuthenticationPrincipal Caller caller) {
		if (key == null || key.isBlank()) {
			throw new InvalidInputException("Idempotency-Key",
					"send an Idempotency-Key header (e.g. a UUID) so that a retried report never makes a second case");
		}
		return views.answer(intake.intake(caller, request.report(channel(caller, request.channel()), key,
				categories.resolve("category", request.category()))));
	}

	/** The channel the caller reports through: the one asked for if their roles allow it, else their first. */
	private static Channel channel(Caller caller, Channel asked) {
		List<Channel> allowed = new ArrayList<>();
		if (caller.has(Role.INSPECTOR)) {
			allowed.add(Channel.INSPECTOR);
		}
		if (caller.has(Role.OPERATOR) || caller.has(Role.SHIFT_LEAD)) {
			allowed.add(Channel.HOTLINE);
		}
		if (caller.has(Role.EXTERNAL_SYSTEM)) {
			allowed.add(Channel.EXTERNAL_SYSTEM);
		}
		if (asked == null) {
			return allowed.get(0);
		}
		if (!allowed.contains(asked)) {
			throw new InvalidInputException("channel", "your roles report through " + allowed + ", not " + asked);
		}
		return asked;
	}

	/**
	 * A report.
	 *
	 * @param channel the channel, when the caller's roles allow several
	 * @param category the sub-category code (e.g. E0101) or its exact name (e.g. 暴露垃圾)
	 * @param urgency the urgency, the category's default when absent
	 * @param matterType the 12345 matter type (诉求类型); its reply limit (答复时限) caps the overall deadline
	 * @param description what is wrong
	 * @param longitude longitude, with latitude
	 * @param latitude latitude
	 * @param address the address; alone it must name the district (and street)
	 * @param reporter the reporting person
	 * @param attachmentIds attachments uploaded before
	 * @param externalId the reporting system's id
	 * @param selfHandled an inspector handled it on the spot (自处理)
	 */
	record ReportRequest(Channel channel, String category, Urgency urgency, MatterKind matterType, String description,
			Double longitude, Double latitude, String address, Reporter reporter, List<String> attachmentIds,
			String externalId, Boolean selfHandled) {

		CaseReport report(Channel channel, String key, CategoryCode code) {
			return CaseReport.of(channel, key, code, description)
				.at(longitude, latitude, address)
				.reporter(reporter)
				.urgency(urgency)
				.matterType(matterType)
				.attachments(attachmentIds)
				.externalId(externalId)
				.selfHandled(Boolean.TRUE.equals(selfHandled))
				.build();
		}
	}
}
