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

/**
 * Acceptance and filing (受理、立案): accept, ask to void and the shift lead's approval (作废), merge a duplicate
 * (合并), transfer a police matter to 110 (转110), and file (立案). Each answers the case as it is afterwards.
 */
@RestController
@RequestMapping("/api/cases/{id}")
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
	CaseView accept(@PathVariable long id, @RequestBody(required = false) Note request) {
		reception.accept(new CaseId(id), Note.text(request));
		return views.view(new CaseId(id));
	}

	@PostMapping("/void")
	@PreAuthorize("hasAnyRole('OPERATOR', 'SHIFT_LEAD')")
	CaseView requestVoid(@PathVariable long id, @RequestBody Reason request) {
		reception.requestVoid(new CaseId(id), request.reason());
		return views.view(new CaseId(id));
	}

	@PostMapping("/void/approval")
	@PreAuthorize("hasRole('SHIFT_LEAD')")
	CaseView decideVoid(@PathVariable long id, @RequestBody Decision request) {
		reception.decideVoid(new CaseId(id), RequestValues.required("approved", request.approved()), request.comment());
		return views.view(new CaseId(id));
	}

	@PostMapping("/file")
	@PreAuthorize("hasAnyRole('OPERATOR', 'SHIFT_LEAD')")
	CaseView file(@PathVariable long id, @RequestBody(required = false) FileRequest request) {
		FileRequest filing = request == null ? new FileRequest(null, null, null, null) : request;
		reception.file(new CaseId(id), categories.resolve("category", filing.category()), filing.urgency(),
				Boolean.TRUE.equals(filing.dispatchManually()), filing.comment());
		return views.view(new CaseId(id));
	}

	@PostMapping("/merge")
	@PreAuthorize("hasAnyRole('OPERATOR', 'SHIFT_LEAD')")
	CaseView merge(@PathVariable long id, @RequestBody MergeRequest request) {
		if (request.master() == null) {
			throw new InvalidInputException("master", "master is required: the id of the case to merge into");
		}
		reception.merge(new CaseId(id), new CaseId(request.master()), request.comment());
		return views.view(new CaseId(id));
	}

	@PostMapping("/transfer-110")
	@PreAuthorize("hasAnyRole('OPERATOR', 'SHIFT_LEAD')")
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
