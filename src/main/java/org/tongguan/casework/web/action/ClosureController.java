package org.tongguan.casework.web.action;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tongguan.casework.CaseId;
import org.tongguan.casework.Satisfaction;
import org.tongguan.casework.action.CallbackAnswer;
import org.tongguan.casework.action.CallbackChannel;
import org.tongguan.casework.action.Closure;
import org.tongguan.casework.action.Evaluation;
import org.tongguan.casework.deadline.Supervision;
import org.tongguan.casework.web.CaseView;
import org.tongguan.casework.web.RequestValues;

/**
 * Verification, closure and evaluation (核查、结案、回访), the review of self-handled cases (自处理审核), and
 * supervision (督办). Each answers the case as it is afterwards.
 */
@RestController
@RequestMapping("/api/cases/{id}")
@Tag(name = "Cases: verification, closure, callback, supervision (核查、结案、回访、督办)")
class ClosureController {

	private final Closure closure;

	private final Evaluation evaluation;

	private final Supervision supervision;

	private final CaseActions actions;

	ClosureController(Closure closure, Evaluation evaluation, Supervision supervision, CaseActions actions) {
		this.closure = closure;
		this.evaluation = evaluation;
		this.supervision = supervision;
		this.actions = actions;
	}

	@PostMapping("/verify")
	@PreAuthorize("hasRole('INSPECTOR')")
	@Operation(summary = "Verify on site (核查)", description = """
			The grid inspector checks the handled matter on site: `passed = true` sends it to closure; `false` (with \
			a comment) sends it back to the department as rework (返工). A photo taken after handling is \
			required.""")
	@ActionAnswers
	@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject("""
			{"passed": true, "comment": "现场已清理干净", "attachmentIds": ["5f0c2d1e-8a4b-4c1e-9d2f-1a2b3c4d5e6f"]}""")))
	CaseView verify(@PathVariable CaseId id, @RequestBody Verification request) {
		return actions.after(id, () -> closure.verify(id, RequestValues.required("passed", request.passed()),
				request.comment(), request.attachmentIds()));
	}

	@PostMapping("/close")
	@PreAuthorize("hasRole('SHIFT_LEAD')")
	@Operation(summary = "Close a case (结案)", description = """
			The shift lead closes a verified case; closed on time (按期结案) when no later than its due time. Then \
			the reporter is called back (回访).""")
	@ActionAnswers
	@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject("""
			{"comment": "核查通过，予以结案"}""")))
	CaseView close(@PathVariable CaseId id, @RequestBody(required = false) Note request) {
		return actions.after(id, () -> closure.close(id, Note.text(request)));
	}

	@PostMapping("/callback")
	@PreAuthorize("hasAnyRole('OPERATOR', 'SHIFT_LEAD')")
	@Operation(summary = "Record the reporter's satisfaction (回访评价)", description = """
			Records the reporter's answer to the callback (评价): SATISFIED 满意, BASICALLY_SATISFIED 基本满意 or \
			DISSATISFIED 不满意, with what they said.""")
	@ActionAnswers
	@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject("""
			{"satisfaction": "SATISFIED", "comment": "处理及时"}""")))
	CaseView callback(@PathVariable CaseId id, @RequestBody Callback request) {
		return actions.after(id, () -> evaluation.callback(id, request.answer()));
	}

	@PostMapping("/review")
	@PreAuthorize("hasRole('SHIFT_LEAD')")
	@Operation(summary = "Review a self-handled case (自处理审核)", description = """
			The shift lead reviews a case an inspector handled on the spot (自处理): approved, it is closed; refused, \
			it goes to dispatch like any other case.""")
	@ActionAnswers
	@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject("""
			{"approved": true, "comment": "照片清楚，处置到位"}""")))
	CaseView review(@PathVariable CaseId id, @RequestBody Decision request) {
		return actions.after(id,
				() -> closure.review(id, RequestValues.required("approved", request.approved()), request.comment()));
	}

	@PostMapping("/supervise")
	@PreAuthorize("hasAnyRole('SHIFT_LEAD', 'LEADER')")
	@Operation(summary = "Supervise a case (督办)", description = """
			A shift lead or leader sends a supervision notice (督办) to the handling department of an open case; it \
			is recorded in the timeline and shown to the department.""")
	@ActionAnswers
	@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject("""
			{"notice": "该问题已多次投诉，请今日内处置完毕"}""")))
	CaseView supervise(@PathVariable CaseId id, @RequestBody Supervise request) {
		return actions.after(id, () -> supervision.supervise(id, request.notice()));
	}

	/**
	 * An on-site verification.
	 *
	 * @param passed whether the matter is resolved
	 * @param comment what the inspector saw (required when it failed)
	 * @param attachmentIds the photo taken after handling (required)
	 */
	record Verification(Boolean passed, String comment, List<String> attachmentIds) {
	}

	/**
	 * A satisfaction callback, through the phone or another channel.
	 *
	 * @param satisfaction the reporter's answer
	 * @param comment what the reporter said (required for channel OTHER)
	 * @param channel how the reporter was reached (PHONE, SMS, APP, VISIT, OTHER); PHONE when absent and a phone
	 * number is on record, required otherwise
	 * @param contactedAt when the reporter was reached, now when absent
	 * @param contact who was reached when not the reporter themselves
	 */
	record Callback(Satisfaction satisfaction, String comment, CallbackChannel channel, Instant contactedAt,
			String contact) {

		CallbackAnswer answer() {
			return new CallbackAnswer(satisfaction, channel, contactedAt, contact, comment);
		}
	}

	/**
	 * A supervision notice.
	 *
	 * @param notice what the department must do, by when
	 */
	record Supervise(String notice) {
	}
}
