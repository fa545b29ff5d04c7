package org.tongguan.casework.web;

import org.springframework.stereotype.Component;
import org.tongguan.casework.action.CallbackRecord;
import org.tongguan.casework.action.Callbacks;
import org.tongguan.casework.store.CaseNumbers;
import org.tongguan.casework.store.CaseRecord;
import org.tongguan.casework.store.CaseStore;

/** How a case ended as its views show it: its latest callback (回访) and, for a merged duplicate, its master's outcome. */
@Component
class Outcomes {

	private final Callbacks callbacks;

	private final CaseStore cases;

	private final CaseNumbers numbers;

	Outcomes(Callbacks callbacks, CaseStore cases, CaseNumbers numbers) {
		this.callbacks = callbacks;
		this.cases = cases;
		this.numbers = numbers;
	}

	/** The case's latest callback, {@code null} before any; the person reached only when {@code personal}. */
	CaseView.CallbackView callback(CaseRecord record, boolean personal) {
		return callbacks.latest(record.id()).map(callback -> view(callback, personal)).orElse(null);
	}

	/** The master's outcome when the case was merged into one, else {@code null}. */
	CaseView.MasterOutcome master(CaseRecord record) {
		if (record.mergedInto() == null) {
			return null;
		}
		return cases.find(record.mergedInto())
			.map(master -> new CaseView.MasterOutcome(master.id().value(),
					numbers.of(master.id(), master.milestones().reported()), CaseViews.stage(master.stage()),
					master.milestones().closed(), master.onTime(), master.note()))
			.orElse(null);
	}

	private static CaseView.CallbackView view(CallbackRecord callback, boolean personal) {
		return new CaseView.CallbackView(name(callback.channel()), callback.contactedAt(),
				personal ? callback.contact() : null, name(callback.satisfaction()),
				name(callback.noEvaluationReason()), callback.comment(), callback.recordedAt(), callback.recordedBy());
	}

	private static String name(Enum<?> constant) {
		return constant == null ? null : constant.name();
	}
}
