package org.tongguan.indicator.computed;

import org.springframework.stereotype.Service;
import org.tongguan.identity.Caller;

/**
 * 计算积压 — how many regions and periods wait for their case-based values to be recomputed: after a history import,
 * every period of its span in every region it touched, until the flush has caught up.
 */
@Service
public class CaseValueBacklog {

	private final CaseMarks marks;

	CaseValueBacklog(CaseMarks marks) {
		this.marks = marks;
	}

	/** How many marked regions and periods lie within the caller's data scope. */
	public long pending(Caller caller) {
		return marks.pending(caller.scope());
	}
}
