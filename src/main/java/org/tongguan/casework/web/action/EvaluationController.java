package org.tongguan.casework.web.action;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tongguan.casework.CaseId;
import org.tongguan.casework.action.Evaluation;
import org.tongguan.casework.action.NoEvaluationReason;
import org.tongguan.casework.web.CaseView;

/**
 * Ending a case's loop without the reporter's evaluation (未评价办结), for reporters who cannot be reached or decline
 * to answer; the callback through a channel is {@code POST /api/cases/{id}/callback}.
 */
@RestController
@RequestMapping("/api/cases/{id}/callback")
class EvaluationController {

	private final Evaluation evaluation;

	private final CaseActions actions;

	EvaluationController(Evaluation evaluation, CaseActions actions) {
		this.evaluation = evaluation;
		this.actions = actions;
	}

	@PostMapping("/no-evaluation")
	@PreAuthorize("hasAnyRole('OPERATOR', 'SHIFT_LEAD')")
	@Operation(summary = "End the loop without an evaluation (未评价办结)", description = """
			Completes the callback (回访) of a closed case without the reporter's satisfaction, with the reason: \
			NO_CONTACT (无法回访 — no phone left or never reached), DECLINED (拒绝评价) or OTHER (comment required). \
			The case becomes 已办结 and counts in no satisfaction rate; a merged duplicate stays 已合并. When it is a \
			master, its merged duplicates get their own callback. Roles: OPERATOR, SHIFT_LEAD, within their data \
			scope.""")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject("""
			{"reason": "NO_CONTACT", "comment": "无联系电话，短信与上门均未联系上"}""")))
	@ApiResponse(responseCode = "200", description = "The case as it is afterwards", useReturnTypeSchema = true)
	@ApiResponse(responseCode = "400", description = "Reason missing or unknown, comment missing for OTHER or too long")
	@ApiResponse(responseCode = "404", description = "No such case in the caller's data scope")
	@ApiResponse(responseCode = "409", description = "The case is not waiting for its callback")
	CaseView endWithoutEvaluation(@PathVariable CaseId id, @RequestBody NoEvaluation request) {
		return actions.after(id, () -> evaluation.endWithoutEvaluation(id, request.reason(), request.comment()));
	}

	/**
	 * Why the loop ends without an evaluation.
	 *
	 * @param reason NO_CONTACT, DECLINED or OTHER
	 * @param comment what was tried or said (required for OTHER)
	 */
	record NoEvaluation(NoEvaluationReason reason, String comment) {
	}
}
