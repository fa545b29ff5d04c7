package org.tongguan.casework.workflow;

import java.util.Optional;
import java.util.function.Supplier;

import org.flowable.common.engine.impl.context.Context;
import org.flowable.common.engine.impl.interceptor.CommandContext;
import org.flowable.engine.ManagementService;
import org.tongguan.casework.CaseId;
import org.tongguan.casework.CaseStage;
import org.tongguan.casework.process.CaseProgress;
import org.tongguan.casework.process.Passage;

/**
 * The passage of the call into the engine under way: kept on the engine's command context for the length of one
 * call, so that the listeners and delegates that call runs add to it and the call answers it.
 */
final class CurrentPassage {

	private static final String ATTRIBUTE = CurrentPassage.class.getName();

	private CurrentPassage() {
	}

	/** Runs a call into the engine as one command that the passage accompanies. */
	static <T> T during(ManagementService management, Passage passage, Supplier<T> call) {
		return management.executeCommand(context -> {
			Object outer = context.getAttribute(ATTRIBUTE);
			context.addAttribute(ATTRIBUTE, passage);
			try {
				return call.get();
			}
			finally {
				if (outer == null) {
					context.removeAttribute(ATTRIBUTE);
				}
				else {
					context.addAttribute(ATTRIBUTE, outer);
				}
			}
		});
	}

	/** The passage of the call under way when that call was made for this case. */
	static Optional<Passage> of(CaseId id) {
		CommandContext context = Context.getCommandContext();
		Object passage = context == null ? null : context.getAttribute(ATTRIBUTE);
		return passage instanceof Passage current && current.isFor(id) ? Optional.of(current) : Optional.empty();
	}

	/**
	 * The case reached a stage: the call under way made for it enters the stage when it answers; a stage reached
	 * outside such a call (a customised process's own timer) is entered at once.
	 */
	static void reached(CaseId id, CaseStage stage, CaseProgress progress) {
		of(id).ifPresentOrElse(passage -> passage.reached(stage), () -> progress.reachedAside(id, stage));
	}

	/** {@link #of(CaseId)} for a delegate that acts only within a call made for the case. */
	static Passage required(CaseId id) {
		return of(id).orElseThrow(() -> new IllegalStateException(
				"Case " + id + " reached a step of its process outside a call made for it"));
	}
}
