package org.tongguan.casework.store;

import org.tongguan.shared.ConflictException;

/**
 * The transitions a case's own state refuses, checked by the {@link CaseFile} transition they concern: each throws
 * the 409 problem (or, for a transition only the platform makes, the programming error) the refusal answers.
 */
final class Refusals {

	private Refusals() {
	}

	/** 督办 goes only to an open case with a handling department. */
	static void requireSupervisable(CaseRecord record) {
		if (record.clocksStopped()) {
			throw new ConflictException("Case " + record.id() + " is " + record.stage().label()
					+ "; only open cases are supervised");
		}
		if (record.assignment().lead() == null) {
			throw new ConflictException("Case " + record.id() + " has no handling department to supervise yet");
		}
	}

	/** A master that ended without being closed (voided, merged, transferred) takes no duplicates. */
	static void requireTakingDuplicates(CaseRecord master) {
		if (master.stage().terminal() && master.milestones().closed() == null) {
			throw new ConflictException("Case " + master.id() + " is " + master.stage().label()
					+ " and cannot take duplicates");
		}
	}

	/** Only a case its inspector reported as handled on the spot (自处理) was stored closed at intake. */
	static void requireHandledOnTheSpot(CaseRecord record) {
		if (!record.selfHandled()) {
			throw new IllegalStateException("Case " + record.id() + " was not handled on the spot");
		}
	}
}
