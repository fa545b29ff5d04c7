package org.tongguan.casework;

import java.util.List;

import org.tongguan.shared.Violation;

/**
 * The seam between case handling and the attachment store: case handling asks it whether attachment ids name stored
 * attachments and tells it which case uses them. The attachment store implements it as a bean; while no bean exists,
 * case handling checks only the form of the ids ({@code [A-Za-z0-9_-]}, 1–64 characters) and keeps them as given.
 */
public interface AttachmentLinks {

	/**
	 * What is wrong with the attachment ids given in a request, one violation per unknown or unusable id.
	 *
	 * @param field the request field the ids came from, for the violations, e.g. {@code attachmentIds}
	 * @return no violations when every id names a stored attachment
	 */
	List<Violation> check(List<String> attachmentIds, String field);

	/** Records that the case uses the attachments in the given role; called in the transaction that stores the case. */
	void link(CaseId caseId, List<String> attachmentIds, AttachmentRole role);
}
