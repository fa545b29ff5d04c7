package org.tongguan.casework.web;

import java.net.URI;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tongguan.casework.CaseId;
import org.tongguan.casework.internal.Adjustments;
import org.tongguan.casework.internal.Handling;

/**
 * Dispatch and handling (派遣、处置): manual dispatch to a lead department and assisting departments, the lead
 * department's result or return (退回), assisting departments' parts (协办), extension (延期) and suspension (挂账)
 * requests with the dispatcher's approval, and resumption. Each answers the case as it is afterwards.
 */
@RestController
@RequestMapping("/api/cases/{id}")
class HandlingController {

	private final Handling handling;

	private final Adjustments adjustments;

	private final CaseViews views;

	HandlingController(Handling handling, Adjustments adjustments, CaseViews views) {
		this.handling = handling;
		this.adjustments = adjustments;
		this.views = views;
	}

	@PostMapping("/dispatch")
	@PreAuthorize("hasRole('DISPATCHER')")
	CaseView dispatch(@PathVariable long id, @RequestBody DispatchRequest request) {
		handling.dispatch(new CaseId(id), RequestValues.department("department", request.department()),
				RequestValues.departments("assisting", request.assisting()), request.comment());
		return views.view(new CaseId(id));
	}

	@PostMapping("/return")
	@PreAuthorize("hasRole('HANDLER')")
	CaseView giveBack(@PathVariable long id, @RequestBody Reason request) {
		handling.giveBack(new CaseId(id), request.reason());
		return views.view(new CaseId(id));
	}

	@PostMapping("/handled")
	@PreAuthorize("hasRole('HANDLER')")
	CaseView handled(@PathVariable long id, @RequestBody Result request) {
		handling.handled(new CaseId(id), request.result(), request.attachmentIds());
		return views.view(new CaseId(id));
	}

	@PostMapping("/assist")
	@PreAuthorize("hasRole('HANDLER')")
	CaseView assisted(@PathVariable long id, @RequestBody Result request) {
		handling.assisted(new CaseId(id), request.result());
		return views.view(new CaseId(id));
	}

	@PostMapping("/extension-requests")
	@PreAuthorize("hasRole('HANDLER')")
	ResponseEntity<Requested> requestExtension(@PathVariable long id, @RequestBody ExtensionRequest request) {
		long requestId = adjustments.requestExtension(new CaseId(id), request.extension(), request.reason());
		return ResponseEntity.created(URI.create("/api/cases/" + id + "/extension-requests/" + requestId))
			.body(new Requested(requestId, views.view(new CaseId(id))));
	}

	@PostMapping("/extension-requests/{requestId}/approval")
	@PreAuthorize("hasRole('DISPATCHER')")
	CaseView decideExtension(@PathVariable long id, @PathVariable long requestId, @RequestBody Decision request) {
		adjustments.decideExtension(new CaseId(id), requestId, RequestValues.required("approved", request.approved()),
				request.comment());
		return views.view(new CaseId(id));
	}

	@PostMapping("/suspension-requests")
	@PreAuthorize("hasRole('HANDLER')")
	ResponseEntity<Requested> requestSuspension(@PathVariable long id, @RequestBody Reason request) {
		long requestId = adjustments.requestSuspension(new CaseId(id), request.reason());
		return ResponseEntity.created(URI.create("/api/cases/" + id + "/suspension-requests/" + requestId))
			.body(new Requested(requestId, views.view(new CaseId(id))));
	}

	@PostMapping("/suspension-requests/{requestId}/approval")
	@PreAuthorize("hasRole('DISPATCHER')")
	CaseView decideSuspension(@PathVariable long id, @PathVariable long requestId, @RequestBody Decision request) {
		adjustments.decideSuspension(new CaseId(id), requestId,
				RequestValues.required("approved", request.approved()), request.comment());
		return views.view(new CaseId(id));
	}

	@PostMapping("/resume")
	@PreAuthorize("hasAnyRole('DISPATCHER', 'HANDLER')")
	CaseView resume(@PathVariable long id, @RequestBody(required = false) Note request) {
		adjustments.resume(new CaseId(id), Note.text(request));
		return views.view(new CaseId(id));
	}

	/**
	 * A manual dispatch.
	 *
	 * @param department the lead department (主办)
	 * @param assisting the assisting departments (协办), optional
	 * @param comment a note
	 */
	record DispatchRequest(String department, List<String> assisting, String comment) {
	}

	/**
	 * A department's result.
	 *
	 * @param result what was done
	 * @param attachmentIds photos of the result
	 */
	record Result(String result, List<String> attachmentIds) {
	}

	/**
	 * An extension request.
	 *
	 * @param extension how much more working time: {@code 4h} or {@code 2d}
	 * @param reason why
	 */
	record ExtensionRequest(String extension, String reason) {
	}

	/**
	 * A request made.
	 *
	 * @param requestId its id, for the approval
	 * @param caseView the case afterwards
	 */
	record Requested(long requestId, CaseView caseView) {
	}
}
