package org.tongguan.casework.web.action;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tongguan.casework.CaseId;
import org.tongguan.casework.action.Adjustments;
import org.tongguan.casework.action.Handling;
import org.tongguan.casework.web.CaseView;
import org.tongguan.casework.web.RequestValues;
import org.tongguan.casework.web.action.CaseActions.Requested;

/**
 * Dispatch and handling (派遣、处置): manual dispatch to a lead department and assisting departments, the lead
 * department's result or return (退回), assisting departments' parts (协办), extension (延期) and suspension (挂账)
 * requests with the dispatcher's approval, and resumption. Each answers the case as it is afterwards.
 */
@RestController
@RequestMapping("/api/cases/{id}")
@Tag(name = "Cases: dispatch and handling (派遣、处置)")
class HandlingController {

	private final Handling handling;

	private final Adjustments adjustments;

	private final CaseActions actions;

	HandlingController(Handling handling, Adjustments adjustments, CaseActions actions) {
		this.handling = handling;
		this.adjustments = adjustments;
		this.actions = actions;
	}

	@PostMapping("/dispatch")
	@PreAuthorize("hasRole('DISPATCHER')")
	@Operation(summary = "Dispatch a case (派遣)", description = """
			The dispatcher sends a filed case to a lead department (主办, by department code) and optionally to \
			assisting departments (协办); the handling deadline starts.""")
	@ActionAnswers
	@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject("""
			{"department": "440304-CHENGGUAN", "assisting": ["440304-ZHUJIAN"], "comment": "请尽快处置"}""")))
	CaseView dispatch(@PathVariable CaseId id, @RequestBody DispatchRequest request) {
		return actions.after(id,
				() -> handling.dispatch(id, RequestValues.department("department", request.department()),
						RequestValues.departments("assisting", request.assisting()), request.comment()));
	}

	@PostMapping("/return")
	@PreAuthorize("hasRole('HANDLER')")
	@Operation(summary = "Return a case as not ours (退回)", description = """
			The lead department's handler returns a dispatched case as not its responsibility, with a reason; it goes \
			back to the dispatcher and counts as a wrong dispatch (准确派遣).""")
	@ActionAnswers
	@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject("""
			{"reason": "该路段属交通部门管养"}""")))
	CaseView giveBack(@PathVariable CaseId id, @RequestBody Reason request) {
		return actions.after(id, () -> handling.giveBack(id, request.reason()));
	}

	@PostMapping("/handled")
	@PreAuthorize("hasRole('HANDLER')")
	@Operation(summary = "Report the result of handling (处置完成)", description = """
			The lead department's handler reports what was done, with photos of the result (uploaded before, role \
			AFTER); the case goes to verification (核查).""")
	@ActionAnswers
	@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject("""
			{"result": "已清理垃圾并冲洗路面", "attachmentIds": ["5f0c2d1e-8a4b-4c1e-9d2f-1a2b3c4d5e6f"]}""")))
	CaseView handled(@PathVariable CaseId id, @RequestBody Result request) {
		return actions.after(id, () -> handling.handled(id, request.result(), request.attachmentIds()));
	}

	@PostMapping("/assist")
	@PreAuthorize("hasRole('HANDLER')")
	@Operation(summary = "Report an assisting department's part (协办完成)", description = """
			A handler of an assisting department (协办) reports its part of the work; the lead department reports the \
			result.""")
	@ActionAnswers
	@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject("""
			{"result": "已配合封闭施工区域"}""")))
	CaseView assisted(@PathVariable CaseId id, @RequestBody Result request) {
		return actions.after(id, () -> handling.assisted(id, request.result()));
	}

	@PostMapping("/extension-requests")
	@PreAuthorize("hasRole('HANDLER')")
	@Operation(summary = "Ask for more time (申请延期)", description = """
			The handling department asks for more working time (`4h` or `2d`) with a reason; the dispatcher decides. \
			An approved extension adds to the handling limit.""")
	@ApiResponse(responseCode = "201", description = CaseActions.REQUESTED, useReturnTypeSchema = true)
	@ApiResponse(responseCode = "409", description = CaseActions.NOT_NOW)
	@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject("""
			{"extension": "2d", "reason": "需协调产权单位"}""")))
	ResponseEntity<Requested> requestExtension(@PathVariable CaseId id, @RequestBody ExtensionRequest request) {
		return actions.requested(id, "extension-requests",
				adjustments.requestExtension(id, request.extension(), request.reason()));
	}

	@PostMapping("/extension-requests/{requestId}/approval")
	@PreAuthorize("hasRole('DISPATCHER')")
	@Operation(summary = "Decide a request for more time (延期审批)", description = """
			The dispatcher approves or refuses an extension request; approved, the deadline moves by the time \
			asked.""")
	@ActionAnswers
	@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject("""
			{"approved": true, "comment": "同意延期两个工作日"}""")))
	CaseView decideExtension(@PathVariable CaseId id, @PathVariable long requestId, @RequestBody Decision request) {
		return actions.after(id, () -> adjustments.decideExtension(id, requestId,
				RequestValues.required("approved", request.approved()), request.comment()));
	}

	@PostMapping("/suspension-requests")
	@PreAuthorize("hasRole('HANDLER')")
	@Operation(summary = "Ask to suspend a case (申请挂账)", description = """
			The handling department asks to suspend a case that cannot be handled for now (挂账, e.g. waiting for a \
			court ruling), with a reason; the dispatcher decides. Suspended time does not count against the \
			limit.""")
	@ApiResponse(responseCode = "201", description = CaseActions.REQUESTED, useReturnTypeSchema = true)
	@ApiResponse(responseCode = "409", description = CaseActions.NOT_NOW)
	@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject("""
			{"reason": "涉及产权纠纷，待法院判决"}""")))
	ResponseEntity<Requested> requestSuspension(@PathVariable CaseId id, @RequestBody Reason request) {
		return actions.requested(id, "suspension-requests", adjustments.requestSuspension(id, request.reason()));
	}

	@PostMapping("/suspension-requests/{requestId}/approval")
	@PreAuthorize("hasRole('DISPATCHER')")
	@Operation(summary = "Decide a request to suspend (挂账审批)", description = """
			The dispatcher approves (the case is suspended, its clock stops) or refuses a suspension request.""")
	@ActionAnswers
	@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject("""
			{"approved": false, "comment": "请先联系产权单位"}""")))
	CaseView decideSuspension(@PathVariable CaseId id, @PathVariable long requestId, @RequestBody Decision request) {
		return actions.after(id, () -> adjustments.decideSuspension(id, requestId,
				RequestValues.required("approved", request.approved()), request.comment()));
	}

	@PostMapping("/resume")
	@PreAuthorize("hasAnyRole('DISPATCHER', 'HANDLER')")
	@Operation(summary = "Resume a suspended case (恢复)", description = """
			Ends a suspension: the case goes back to its department and its clock runs again.""")
	@ActionAnswers
	@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject("""
			{"comment": "判决已出，恢复处置"}""")))
	CaseView resume(@PathVariable CaseId id, @RequestBody(required = false) Note request) {
		return actions.after(id, () -> adjustments.resume(id, Note.text(request)));
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
}
