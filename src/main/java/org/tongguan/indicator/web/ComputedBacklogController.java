package org.tongguan.indicator.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tongguan.identity.Caller;
import org.tongguan.identity.Callers;
import org.tongguan.indicator.computed.CaseValueBacklog;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** 计算积压 — for administrators: whether the case-based indicators have caught up with the cases. */
@RestController
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Administration: indicators (指标管理)")
class ComputedBacklogController {

	private final CaseValueBacklog backlog;

	private final Callers callers;

	ComputedBacklogController(CaseValueBacklog backlog, Callers callers) {
		this.backlog = backlog;
		this.callers = callers;
	}

	@GetMapping("/api/admin/indicators/computed/pending")
	@Operation(summary = "Case-based values still to be recomputed (计算积压)", description = """
			How many regions and periods within the caller's data scope wait for their case-based values to be \
			recomputed from the case statistics: a case change marks a few, a history import every period of its \
			span in every region it touched (moments after the import ends, when its event is handled); the \
			platform recomputes them in the background, the latest periods first.""")
	PendingView pending() {
		Caller caller = callers.current();
		return new PendingView(caller.scope().value(), backlog.pending(caller));
	}

	/**
	 * The backlog within the caller's scope.
	 *
	 * @param scope the caller's data scope ({@code 000000}: the whole platform)
	 * @param pending how many regions and periods wait to be recomputed
	 */
	record PendingView(String scope, long pending) {
	}
}
