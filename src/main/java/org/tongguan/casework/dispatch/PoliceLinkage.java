package org.tongguan.casework.dispatch;

import java.time.Instant;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.tongguan.casework.store.CaseFile;
import org.tongguan.casework.store.CaseNumbers;
import org.tongguan.casework.store.CaseRecord;
import org.tongguan.casework.timeline.Actor;

/** Transfers police matters out to 110 (转110) with a transfer record and an event for the 110 interface. */
@Component
public class PoliceLinkage {

	private final PoliceTransfers transfers;

	private final CaseNumbers numbers;

	private final ApplicationEventPublisher events;

	PoliceLinkage(PoliceTransfers transfers, CaseNumbers numbers, ApplicationEventPublisher events) {
		this.transfers = transfers;
		this.numbers = numbers;
		this.events = events;
	}

	/** Transfers the case out; its reference for 110 is {@code TG110-} and the case number. */
	public void transferOut(CaseFile file, Actor actor, String reason, Instant now) {
		CaseRecord record = file.record();
		String reference = "TG110-" + numbers.of(record.id(), record.milestones().reported());
		transfers.record(record.id(), new PoliceTransfers.Transfer(PoliceTransfers.Direction.OUT, reference, reason,
				now, actor.username()));
		events.publishEvent(file.transferTo110(reference, reason));
	}
}
