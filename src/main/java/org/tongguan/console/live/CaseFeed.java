package org.tongguan.console.live;

import java.util.Set;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.tongguan.casework.CaseId;
import org.tongguan.casework.CaseQueries;
import org.tongguan.casework.CaseSnapshot;
import org.tongguan.casework.event.CaseAccepted;
import org.tongguan.casework.event.CaseClosed;
import org.tongguan.casework.event.CaseDispatched;
import org.tongguan.casework.event.CaseEscalated;
import org.tongguan.casework.event.CaseEvaluated;
import org.tongguan.casework.event.CaseExtended;
import org.tongguan.casework.event.CaseExtensionRequested;
import org.tongguan.casework.event.CaseFiled;
import org.tongguan.casework.event.CaseHandled;
import org.tongguan.casework.event.CaseMerged;
import org.tongguan.casework.event.CaseOverdue;
import org.tongguan.casework.event.CaseReopened;
import org.tongguan.casework.event.CaseReported;
import org.tongguan.casework.event.CaseResumed;
import org.tongguan.casework.event.CaseReturned;
import org.tongguan.casework.event.CaseReworked;
import org.tongguan.casework.event.CaseSupervised;
import org.tongguan.casework.event.CaseSuspended;
import org.tongguan.casework.event.CaseSuspensionRequested;
import org.tongguan.casework.event.CaseTransferred;
import org.tongguan.casework.event.CaseVerified;
import org.tongguan.casework.event.CaseVoided;
import org.tongguan.casework.event.CaseWarned;
import org.tongguan.region.RegionCode;
import tools.jackson.databind.ObjectMapper;

/**
 * Pushes every change of a case to the live stream once its transaction has committed: the case as it is then
 * ({@link CaseChange}), to the browsers whose data scope covers its place. Listens to casework's events in the
 * publishing thread (plain {@code @EventListener}, no event publication record: a push that is lost in a restart
 * needs no retry, the browsers reload) and does the reading on the console's own worker.
 */
@Component
class CaseFeed {

	private final CaseQueries cases;

	private final LiveStream stream;

	private final AfterCommit afterCommit;

	private final ObjectMapper json;

	CaseFeed(CaseQueries cases, LiveStream stream, AfterCommit afterCommit, ObjectMapper json) {
		this.cases = cases;
		this.stream = stream;
		this.afterCommit = afterCommit;
		this.json = json;
	}

	@EventListener
	void on(CaseReported event) {
		changed(event.id(), "REPORTED");
	}

	@EventListener
	void on(CaseAccepted event) {
		changed(event.id(), "ACCEPTED");
	}

	@EventListener
	void on(CaseVoided event) {
		changed(event.id(), "VOIDED");
	}

	@EventListener
	void on(CaseFiled event) {
		changed(event.id(), "FILED");
	}

	@EventListener
	void on(CaseDispatched event) {
		changed(event.id(), "DISPATCHED");
	}

	@EventListener
	void on(CaseReturned event) {
		changed(event.id(), "RETURNED");
	}

	@EventListener
	void on(CaseExtensionRequested event) {
		changed(event.id(), "EXTENSION_REQUESTED");
	}

	@EventListener
	void on(CaseExtended event) {
		changed(event.id(), "EXTENDED");
	}

	@EventListener
	void on(CaseSuspensionRequested event) {
		changed(event.id(), "SUSPENSION_REQUESTED");
	}

	@EventListener
	void on(CaseSuspended event) {
		changed(event.id(), "SUSPENDED");
	}

	@EventListener
	void on(CaseResumed event) {
		changed(event.id(), "RESUMED");
	}

	@EventListener
	void on(CaseHandled event) {
		changed(event.id(), "HANDLED");
	}

	@EventListener
	void on(CaseVerified event) {
		changed(event.id(), "VERIFIED");
	}

	@EventListener
	void on(CaseReworked event) {
		changed(event.id(), "REWORKED");
	}

	@EventListener
	void on(CaseClosed event) {
		changed(event.id(), "CLOSED");
	}

	@EventListener
	void on(CaseEvaluated event) {
		changed(event.id(), "EVALUATED");
	}

	@EventListener
	void on(CaseReopened event) {
		changed(event.id(), "REOPENED");
	}

	@EventListener
	void on(CaseWarned event) {
		changed(event.id(), "WARNED");
	}

	@EventListener
	void on(CaseOverdue event) {
		changed(event.id(), "OVERDUE");
	}

	@EventListener
	void on(CaseSupervised event) {
		changed(event.id(), "SUPERVISED");
	}

	@EventListener
	void on(CaseEscalated event) {
		changed(event.id(), "ESCALATED");
	}

	@EventListener
	void on(CaseMerged event) {
		changed(event.id(), "MERGED");
	}

	@EventListener
	void on(CaseTransferred event) {
		changed(event.id(), "TRANSFERRED");
	}

	private void changed(CaseId id, String change) {
		afterCommit.run(() -> cases.find(id).ifPresent(snapshot -> push(change, snapshot)));
	}

	private void push(String change, CaseSnapshot snapshot) {
		stream.publish(new LiveEvent("case", json.writeValueAsString(CaseChange.of(change, snapshot)),
				place(snapshot), Set.of()));
	}

	/** The finest region known of the case: its grid, else its street, else its district. */
	static RegionCode place(CaseSnapshot snapshot) {
		if (snapshot.grid() != null) {
			return snapshot.grid();
		}
		return snapshot.street() != null ? snapshot.street() : snapshot.district();
	}
}
