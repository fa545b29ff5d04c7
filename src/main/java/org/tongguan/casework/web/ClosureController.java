package org.tongguan.casework.web;

import java.time.Instant;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tongguan.casework.CaseId;
import org.tongguan.casework.Satisfaction;
import org.tongguan.casework.internal.CallbackAnswer;
import org.tongguan.casework.internal.CallbackChannel;
import org.tongguan.casework.internal.Closure;
import org.tongguan.casework.internal.Evaluation;
import org.tongguan.casework.internal.Supervision;

/**
 * Verification, closure and evaluation (核查、结案、回访), the review of self-handled cases (自处理审核), and
 * supervision (督办). Each answers the case as it is afterwards.
 */
@RestController
@RequestMapping("/api/cases/{id}")
class ClosureController {

	private final Closure closure;

	private final Evaluation evaluation;

	private final Supervision supervision;

	private final CaseViews views;

	ClosureController(Closure closure, Evaluation evaluation, Supervision supervision, CaseViews views) {
		this.closure = closure;
		this.evaluation = evaluation;
		this.supervision = supervision;
		this.views = views;
	}

	@PostMapping("/verify")
	@PreAuthorize("hasRole('INSPECTOR')")
	CaseView verify(@PathVariable long id, @RequestBody Verification request) {
		closure.verify(new CaseId(id), RequestValues.required("passed", request.passed()), request.comment(),
				request.attachmentIds());
		return views.view(new CaseId(id));
	}

	@PostMapping("/close")
	@PreAuthorize("hasRole('SHIFT_LEAD')")
	CaseView close(@PathVariable long id, @RequestBody(required = false) Note request) {
		closure.close(new CaseId(id), Note.text(request));
		return views.view(new CaseId(id));
	}

	@PostMapping("/callback")
	@PreAuthorize("hasAnyRole('OPERATOR', 'SHIFT_LEAD')")
	CaseView callback(@PathVariable long id, @RequestBody Callback request) {
		evaluation.callback(new CaseId(id), request.answer());
		return views.view(new CaseId(id));
	}

	@PostMapping("/review")
	@PreAuthorize("hasRole('SHIFT_LEAD')")
	CaseView review(@PathVariable long id, @RequestBody Decision request) {
		closure.review(new CaseId(id), RequestValues.required("approved", request.approved()), request.comment());
		return views.view(new CaseId(id));
	}

	@PostMapping("/supervise")
	@PreAuthorize("hasAnyRole('SHIFT_LEAD', 'LEADER')")
	CaseView supervise(@PathVariable long id, @RequestBody Supervise request) {
		supervision.supervise(new CaseId(id), request.notice());
		return views.view(new CaseId(id));
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
