package org.tongguan.casework.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.tongguan.casework.CaseReport;
import org.tongguan.casework.Reporter;
import org.tongguan.casework.intake.CategoryNames;
import org.tongguan.casework.intake.IntakeService;
import org.tongguan.catalog.Urgency;
import org.tongguan.identity.Caller;

/**
 * Non-police matters transferred in from 110 (110 转入), by the 110 system's API key or an operator. The 110 incident
 * number identifies the transfer: sending it again answers the case it made. Police matters are refused.
 */
@RestController
@Tag(name = "Cases: intake (上报)")
class PoliceTransferController {

	private final IntakeService intake;

	private final CaseViews views;

	private final CategoryNames categories;

	PoliceTransferController(IntakeService intake, CaseViews views, CategoryNames categories) {
		this.intake = intake;
		this.views = views;
		this.categories = categories;
	}

	@PostMapping("/api/110/transfers")
	@PreAuthorize("hasAnyRole('EXTERNAL_SYSTEM', 'OPERATOR', 'SHIFT_LEAD')")
	@Operation(summary = "Take over a non-police matter from 110 (110 转入)", description = """
			The 110 system (with its API key) or an operator hands over a matter that is not a police matter \
			(非警务警情), e.g. noise or blocked drains. The 110 incident number (警情编号) identifies the transfer: \
			sending it again answers 200 with the case it made. A category that is a police matter is refused \
			(400).""")
	@ApiResponse(responseCode = "201", description = "The case created from the transfer", useReturnTypeSchema = true)
	@ApiResponse(responseCode = "200", description = "The incident number was transferred before: its case",
			useReturnTypeSchema = true)
	@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject("""
			{"incidentNumber": "110-20260301-0042", "category": "E0301", "urgency": "URGENT",
			 "description": "商铺夜间施工噪音扰民", "longitude": 114.0579, "latitude": 22.5431,
			 "reporter": {"name": "王先生", "phone": "13700137000"}}""")))
	ResponseEntity<CaseView> transferIn(@RequestBody Transfer request, @AuthenticationPrincipal Caller caller) {
		return views.answer(intake.intake(caller, CaseReport
			.policeTransfer(request.incidentNumber(), categories.resolve("category", request.category()),
					request.description())
			.at(request.longitude(), request.latitude(), request.address())
			.reporter(request.reporter())
			.urgency(request.urgency())
			.attachments(request.attachmentIds())
			.build()));
	}

	/**
	 * A transfer from 110.
	 *
	 * @param incidentNumber the 110 incident number (警情编号)
	 * @param category the sub-category code or its exact name
	 * @param urgency the urgency
	 * @param description what is wrong
	 * @param longitude longitude, with latitude
	 * @param latitude latitude
	 * @param address the address
	 * @param reporter the caller who rang 110
	 * @param attachmentIds attachments uploaded before
	 */
	record Transfer(String incidentNumber, String category, Urgency urgency, String description, Double longitude,
			Double latitude, String address, Reporter reporter, List<String> attachmentIds) {
	}
}
