package org.tongguan.casework.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tongguan.casework.CaseId;
import org.tongguan.casework.internal.CategoryNames;
import org.tongguan.casework.internal.Reception;
import org.tongguan.catalog.Urgency;
import org.tongguan.shared.InvalidInputException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Acceptance and filing (受理、立案): accept, ask to void and the shift lead's approval (作废), merge a duplicate
 * (合并), transfer a police matter to 110 (转110), and file (立案). Each answers the case as it is afterwards.
 */
@RestController
@RequestMapping("/api/cases/{id}")
@Tag(name = "Cases: acceptance and filing (受理、立案)")
class ReceptionController {

	private final Reception reception;

	private final CaseViews views;

	private final CategoryNames categories;

	ReceptionController(Reception reception, CaseViews views, CategoryNames categories) {
		this.reception = reception;
		this.views = views;
		this.categories = categories;
	}

	@PostMapping("/accept")
	@PreAuthorize("hasAnyRole('OPERATOR', 'SHIFT_LEAD')")
	@Operation(summary = "Accept a case (受理)", description = """
			The operator accepts a reported case as a matter for the platform; an optional comment is kept in the \
			timeline. Next: file it (立案).""")
	@ApiResponse(responseCode = "200", description = CaseActions.AFTERWARDS, useReturnTypeSchema = true)
	@ApiResponse(responseCode = "409", description = CaseActions.NOT_NOW)
	@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject("""
			{"comment": "已电话核实地址"}""")))
	CaseView accept(@PathVariable long id, @RequestBody(required = false) Note request) {
		reception.accept(new CaseId(id), Note.text(request));
		return views.view(new CaseId(id));
	}

	@PostMapping("/void")
	@PreAuthorize("hasAnyRole('OPERATOR', 'SHIFT_LEAD')")
	@Operation(summary = "Ask to void a case (申请作废)", description = """
			Asks to void a case that is no matter for the platform (a test call, no content, outside the city); the \
			shift lead approves or refuses (`POST /api/cases/{id}/void/approval`). A reason is required.""")
	@ApiResponse(responseCode = "200", description = CaseActions.AFTERWARDS, useReturnTypeSchema = true)
	@ApiResponse(responseCode = "409", description = CaseActions.NOT_NOW)
	@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject("""
			{"reason": "重复来电，无具体诉求"}""")))
	CaseView requestVoid(@PathVariable long id, @RequestBody Reason request) {
		reception.requestVoid(new CaseId(id), request.reason());
		return views.view(new CaseId(id));
	}

	@PostMapping("/void/approval")
	@PreAuthorize("hasRole('SHIFT_LEAD')")
	@Operation(summary = "Decide a request to void (作废审批)", description = """
			The shift lead approves (`approved = true`: the case is voided, 已作废) or refuses (it goes back to the \
			operator) a request to void.""")
	@ApiResponse(responseCode = "200", description = CaseActions.AFTERWARDS, useReturnTypeSchema = true)
	@ApiResponse(responseCode = "409", description = CaseActions.NOT_NOW)
	@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject("""
			{"approved": true, "comment": "同意作废"}""")))
	CaseView decideVoid(@PathVariable long id, @RequestBody Decision request) {
		reception.decideVoid(new CaseId(id), RequestValues.required("approved", request.approved()), request.comment());
		return views.view(new CaseId(id));
	}

	@PostMapping("/file")
	@PreAuthorize("hasAnyRole('OPERATOR', 'SHIFT_LEAD')")
	@Operation(summary = "File a case (立案)", description = """
			Files an accepted case, optionally under another sub-category or urgency (the deadline follows). It then \
			goes to dispatch: by the dispatch rules to the responsible department, or to the dispatcher's manual \
			queue with `dispatchManually = true` (e.g. for co-handling by several departments).""")
	@ApiResponse(responseCode = "200", description = CaseActions.AFTERWARDS, useReturnTypeSchema = true)
	@ApiResponse(responseCode = "409", description = CaseActions.NOT_NOW)
	@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject("""
			{"category": "E0101", "urgency": "NORMAL", "dispatchManually": false, "comment": "符合立案条件"}""")))
	CaseView file(@PathVariable long id, @RequestBody(required = false) FileRequest request) {
		FileRequest filing = request == null ? new FileRequest(null, null, null, null) : request;
		reception.file(new CaseId(id), categories.resolve("category", filing.category()), filing.urgency(),
				Boolean.TRUE.equals(filing.dispatchManually()), filing.comment());
		return views.view(new CaseId(id));
	}

	@PostMapping("/merge")
	@PreAuthorize("hasAnyRole('OPERATOR', 'SHIFT_LEAD')")
	@Operation(summary = "Merge a duplicate (合并)", description = """
			Merges this case, a duplicate, into another open case about the same matter (`master`, its id): from \
			now on it follows the master's outcome.""")
	@ApiResponse(responseCode = "200", description = CaseActions.AFTERWARDS, useReturnTypeSchema = true)
	@ApiResponse(responseCode = "409", description = CaseActions.NOT_NOW)
	@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject("""
			{"master": 1042, "comment": "同一地点同一问题"}""")))
	CaseView merge(@PathVariable long id, @RequestBody MergeRequest request) {
		if (request.master() == null) {
			throw new InvalidInputException("master", "master is required: the id of the case to merge into");
		}
		reception.merge(new CaseId(id), new CaseId(request.master()), request.comment());
		return views.view(new CaseId(id));
	}

	@PostMapping("/transfer-110")
	@PreAuthorize("hasAnyRole('OPERATOR', 'SHIFT_LEAD')")
	@Operation(summary = "Transfer a police matter to 110 (转110)", description = """
			Hands a police matter (警务警情) over to 110 with a reason, with a transfer record; it leaves the \
			platform's handling loop.""")
	@ApiResponse(responseCode = "200", description = CaseActions.AFTERWARDS, useReturnTypeSchema = true)
	@ApiResponse(responseCode = "409", description = CaseActions.NOT_NOW)
	@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject("""
			{"reason": "涉及打架斗殴，属警务事项"}""")))
	CaseView transferTo110(@PathVariable long id, @RequestBody Reason request) {
		reception.transferTo110(new CaseId(id), request.reason());
		return views.view(new CaseId(id));
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
