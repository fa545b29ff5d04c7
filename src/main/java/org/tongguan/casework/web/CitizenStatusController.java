package org.tongguan.casework.web;

import java.time.Instant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.tongguan.casework.intake.StatusSecrets;
import org.tongguan.casework.store.CaseNumbers;
import org.tongguan.casework.store.CaseRecord;
import org.tongguan.casework.store.CaseStore;
import org.tongguan.casework.store.Milestones;
import org.tongguan.shared.NotFoundException;

/**
 * The citizen's status check (进度查询) of their own report without an account: the case number and the secret the
 * report answered once. Nothing personal is shown, and a wrong secret is answered exactly as an unknown number.
 */
@RestController
class CitizenStatusController {

	private final CaseNumbers numbers;

	private final CaseStore cases;

	private final StatusSecrets secrets;

	private final Outcomes outcomes;

	CitizenStatusController(CaseNumbers numbers, CaseStore cases, StatusSecrets secrets, Outcomes outcomes) {
		this.numbers = numbers;
		this.cases = cases;
		this.secrets = secrets;
		this.outcomes = outcomes;
	}

	@GetMapping(PublicIntakeController.STATUS)
	@Operation(summary = "Check the status of one's own report (市民进度查询)", description = """
			For the citizen who reported through POST /api/public/cases: the case number and the `statusSecret` that \
			report answered (header `X-Status-Secret`) show where the case stands, its key dates and its outcome — \
			for a duplicate merged into another report, the master's outcome too. No login: anyone may call it, \
			rate limited per client address (tongguan.casework.public-status-checks-per-minute). Nothing personal \
			is shown (no reporter, no place). An unknown number and a wrong secret answer the same 404.""",
			security = {})
	@ApiResponse(responseCode = "200", description = "Where the case stands")
	@ApiResponse(responseCode = "404", description = "No case with this number and secret (either is wrong)",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "429", description = "Too many checks from this address; retry after Retry-After",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	CitizenStatus status(@Parameter(description = "the case number (案卷号) the report answered",
			example = "20261123000042") @PathVariable String number,
			@Parameter(description = "the statusSecret the report answered", required = true)
			@RequestHeader(name = "X-Status-Secret", required = false) String secret) {
		CaseRecord record = numbers.parse(number)
			.flatMap(cases::find)
			.filter(found -> numbers.of(found.id(), found.milestones().reported()).equals(number))
			.filter(found -> secrets.matches(found.id(), secret))
			.orElseThrow(() -> new NotFoundException("No case " + number + " with this status secret"));
		Milestones at = record.milestones();
		return new CitizenStatus(number, CaseViews.stage(record.stage()), record.matter().categoryName(),
				at.reported(), at.accepted(), at.dispatched(), at.handled(), at.closed(), at.evaluated(),
				record.overall() == null ? null : record.overall().dueAt(), record.onTime(), record.note(),
				record.satisfaction() == null ? null : record.satisfaction().name(), outcomes.master(record));
	}

	/**
	 * Where a citizen's report stands.
	 *
	 * @param number the case number
	 * @param stage where it stands (code and Chinese name)
	 * @param category its sub-category's name
	 * @param reportedAt when it was reported (上报)
	 * @param acceptedAt when it was accepted (受理)
	 * @param dispatchedAt when it was dispatched to a department (派遣)
	 * @param handledAt when the department reported it handled (处置)
	 * @param closedAt when it was closed (结案)
	 * @param evaluatedAt when the reporter's evaluation was recorded (评价)
	 * @param dueAt when it is due
	 * @param onTime whether it closed on time
	 * @param result the latest public note: the handling result, closing comment or why it was voided
	 * @param satisfaction the reporter's evaluation, when given
	 * @param master for a duplicate merged into another report, where that one stands and how it ended
	 */
	record CitizenStatus(String number, Named stage, String category, Instant reportedAt, Instant acceptedAt,
			Instant dispatchedAt, Instant handledAt, Instant closedAt, Instant evaluatedAt, Instant dueAt,
			Boolean onTime, String result, String satisfaction, CaseView.MasterOutcome master) {
	}
}
