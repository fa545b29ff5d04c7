package org.tongguan.casework.store;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.tongguan.casework.CaseId;
import org.tongguan.casework.CaseSnapshot;
import org.tongguan.casework.intake.CaseAttachments;

/** Turns stored cases into the snapshots other modules read: no reporter data, codes rather than entities. */
@Component
public class Snapshots {

	private final CaseAttachments attachments;

	private final CaseNumbers numbers;

	Snapshots(CaseAttachments attachments, CaseNumbers numbers) {
		this.attachments = attachments;
		this.numbers = numbers;
	}

	/** The snapshot of one case. */
	public CaseSnapshot of(CaseRecord record) {
		return of(record, attachments.of(record.id()));
	}

	/** The snapshots of several cases, in their order. */
	public List<CaseSnapshot> of(List<CaseRecord> records) {
		Map<CaseId, List<String>> linked = attachments.of(records.stream().map(CaseRecord::id).toList());
		return records.stream().map(record -> of(record, linked.getOrDefault(record.id(), List.of()))).toList();
	}

	private CaseSnapshot of(CaseRecord record, List<String> attachmentIds) {
		CasePlace place = record.place();
		CaseMatter matter = record.matter();
		Assignment assignment = record.assignment();
		return new CaseSnapshot(record.id(), numbers.of(record.id(), record.milestones().reported()),
				record.channel(), record.stage(), matter.category(), matter.categoryName(), matter.urgency(),
				matter.description(), place.address(), place.longitude(), place.latitude(), place.grid(),
				place.street(), place.district(), assignment.lead(), assignment.leadName(),
				record.milestones().reported(), record.updatedAt(),
				record.overall() == null ? null : record.overall().dueAt(), record.milestones().closed(),
				record.note(), attachmentIds, record.externalId());
	}
}
