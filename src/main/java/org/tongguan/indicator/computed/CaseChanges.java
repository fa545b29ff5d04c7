package org.tongguan.indicator.computed;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.tongguan.casework.event.CaseClosed;
import org.tongguan.casework.event.CaseDispatched;
import org.tongguan.casework.event.CaseEvaluated;
import org.tongguan.casework.event.CaseExtended;
import org.tongguan.casework.event.CaseFiled;
import org.tongguan.casework.event.CaseHistoryImported;
import org.tongguan.casework.event.CaseMerged;
import org.tongguan.casework.event.CaseOverdue;
import org.tongguan.casework.event.CaseReopened;
import org.tongguan.casework.event.CaseReported;
import org.tongguan.casework.event.CaseResumed;
import org.tongguan.casework.event.CaseReturned;
import org.tongguan.casework.event.CaseReworked;
import org.tongguan.casework.event.CaseTransferred;
import org.tongguan.casework.event.CaseVoided;

/**
 * Listens to the case events that move a figure of the case statistics (reported, filed, dispatched, returned, due,
 * closed, reworked, evaluated, and the cases that end without closure; an extension or a resumption also moves the
 * day the case is due on, away from the day it was due before) and to history imports, and marks the regions and
 * periods they touch.
 */
@Component
class CaseChanges {

	private final CaseTouches touches;

	CaseChanges(CaseTouches touches) {
		this.touches = touches;
	}

	@ApplicationModuleListener
	void on(CaseReported event) {
		touches.touched(event.id());
	}

	@ApplicationModuleListener
	void on(CaseFiled event) {
		touches.touched(event.id());
	}

	@ApplicationModuleListener
	void on(CaseDispatched event) {
		touches.touched(event.id());
	}

	@ApplicationModuleListener
	void on(CaseReturned event) {
		touches.touched(event.id());
	}

	@ApplicationModuleListener
	void on(CaseExtended event) {
		touches.touched(event.id(), event.previousDueAt());
	}

	@ApplicationModuleListener
	void on(CaseResumed event) {
		touches.touched(event.id(), event.previousDueAt());
	}

	@ApplicationModuleListener
	void on(CaseOverdue event) {
		touches.touched(event.id());
	}

	@ApplicationModuleListener
	void on(CaseReworked event) {
		touches.touched(event.id());
	}

	@ApplicationModuleListener
	void on(CaseClosed event) {
		touches.touched(event.id());
	}

	@ApplicationModuleListener
	void on(CaseReopened event) {
		touches.touched(event.id());
	}

	@ApplicationModuleListener
	void on(CaseEvaluated event) {
		touches.touched(event.id());
	}

	@ApplicationModuleListener
	void on(CaseVoided event) {
		touches.touched(event.id());
	}

	@ApplicationModuleListener
	void on(CaseMerged event) {
		touches.touched(event.id());
	}

	@ApplicationModuleListener
	void on(CaseTransferred event) {
		touches.touched(event.id());
	}

	/** Without a transaction of its own: the marks of a backfill commit a batch at a time. */
	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(CaseHistoryImported event) {
		touches.imported(event);
	}
}
