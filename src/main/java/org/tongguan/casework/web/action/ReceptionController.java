package org.tongguan.casework.web.action;

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
import org.tongguan.casework.action.Reception;
import org.tongguan.casework.intake.CategoryNames;
import org.tongguan.casework.web.CaseView;
import org.tongguan.casework.web.RequestValues;
import org.tongguan.catalog.Urgency;
import org.tongguan.shared.InvalidInputException;

/**
 * Acceptance and filing (受理、立案): accept, ask to void and the shift lead's approval (作废), merge a duplicate
 * (合并), transfer a police matter to 110 (转110), and file (立案). Each answers the case as it is afterwards.
 */
@RestController
@RequestMapping("/api/cases/{id}")
@Tag(name = "Cases: acceptance and filing (受理、立案)")
class ReceptionController {

	private final Reception reception;

	private final CaseActions actions;

	private final CategoryNames categories;

	ReceptionController(Reception reception, CaseActions actions, CategoryNames categories) {
		this.reception = reception;
		this.actions = actions;
		this.categories = categories;
	}

	@PostMapping("/accept")
	@PreAuthorize("hasAnyRole('OPERATOR', 'SHIFT_LEAD')")
	@Operation(summary = "Accept a case (受理)", description = """
			The operator accepts a reported case as a matter for the platform; an optional comment is kept in the \
			timeline. Next: file it (立案).""")
	@ActionAnswers
	@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject("""
			{"comment": "已电话核实地址"}""")))
	CaseView accept(@PathVariable CaseId id, @RequestBody(required = false) Note request) {
		return actions.after(id, () -> reception.accept(id, Note.text(request)));
	}

	@PostMapping("/void")
	@PreAuthorize("hasAnyRole('OPERATOR', 'SHIFT_LEAD')")
	@Operation(summary = "Ask to void a case (申请作废)", description = """
			Asks to void a case that is no matter for the platform (a test call, no content, outside the city); the \
			shift lead approves or refuses (`POST /api/cases/{id}/void/approval`). A reason is required.""")
	@ActionAnswers
	@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject("""
			{"reason": "重复来电，无具体诉求"}""")))
	CaseView requestVoid(@PathVariable CaseId id, @RequestBody Reason request) {
		return actions.after(id, () -> reception.requestVoid(id, request.reason()));
	}

	@PostMapping("/void/approval")
	@PreAuthorize("hasRole('SHIFT_LEAD')")
	@Operation(summary = "Decide a request to void (作废审批)", description = """
			The shift lead approves (`approved = true`: the case is voided, 已作废) or refuses (it goes back to the \
			operator) a request to void.""")
	@ActionAnswers
	@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject("""
			{"approved": true, "comment": "同意作废"}""")))
	CaseView decideVoid(@PathVariable CaseId id, @RequestBody Decision request) {
		return actions.after(id, () -> reception.decideVoid(id, RequestValues.required("approved", request.approved()),
				request.comment()));
	}

	@PostMapping("/file")
	@PreAuthorize("hasAnyRole('OPERATOR', 'SHIFT_LEAD')")
	@Operation(summary = "File a case (立案)", description = """
			Files an accepted case, optionally under another sub-category or urgency (the deadline follows). It then \
			goes to dispatch: by the dispatch rules to the responsible department, or to the dispatcher's manual \
			queue with `dispatchManually = true` (e.g. for co-handling by several departments).""")
	@ActionAnswers
	@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject("""
			{"category": "E0101", "urgency": "NORMAL", "dispatchManually": false, "comment": "符合立案条件"}""")))
	CaseView file(@PathVariable CaseId id, @RequestBody(required = false) FileRequest request) {
		FileRequest filing = request == null ? new FileRequest(null, null, null, null) : request;
		return actions.after(id, () -> reception.file(id, categories.resolve("category", filing.category()),
				filing.urgency(), Boolean.TRUE.equals(filing.dispatchManually()), filing.comment()));
	}

	@PostMapping("/merge")
	@PreAuthorize("hasAnyRole('OPERATOR', 'SHIFT_LEAD')")
	@Operation(summary = "Merge a duplicate (合并)", description = """
			Merges this case, a duplicate, into another open case about the same matter (`master`, its id): from \
			now on it follows the master's outcome.""")
	@ActionAnswers
	@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject("""
			{"master": 1042, "comment": "同一地点同一问题"}""")))
	CaseView merge(@PathVariable CaseId id, @RequestBody MergeRequest request) {
		if (request.master() == null) {
			throw new InvalidInputException("master", "master is required: the id of the case to merge into");
		}
		return actions.after(id, () -> reception.merge(id, new CaseId(request.master()), request.comment()));
	}

	@PostMapping("/transfer-110")
	@PreAuthorize("hasAnyRole('OPERATOR', 'SHIFT_LEAD')")
	@Operation(summary = "Transfer a police matter to 110 (转110)", description = """
			Hands a police matter (警务警情) over to 110 with a reason, with a transfer record; it leaves the \
			platform's handling loop.""")
	@ActionAnswers
	@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject("""
			{"reason": "涉及打架斗殴，属警务事项"}""")))
	CaseView transferTo110(@PathVariable CaseId id, @RequestBody Reason request) {
		return actions.after(id, () -> reception.transferTo110(id, request.reason()));
	}

	/**
	 * Filing.
	 *
	 * @param category another sub-category to file under (code or exact name), optional
	 * @param urgency another urgency, optional
	 * @param dispatchManually send it to the manual dispatch queue instead of the dispatch rules (e.g. for
	 * co-handling by several departments)
	 * @param comment a note
	 */
	record FileRequest(String category, Urgency urgency, Boolean dispatchManually, String comment) {
	}

	/**
	 * Merging a duplicate.
	 *
	 * @param master the id of the case to merge into
	 * @param comment a note
	 */
	record MergeRequest(Long master, String comment) {
	}
}
