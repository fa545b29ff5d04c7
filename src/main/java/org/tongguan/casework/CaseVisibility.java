package org.tongguan.casework;

/**
 * Who may read a case (案件查看): whoever is signed in, whatever their role, when their data scope covers the place
 * of the case — the one check behind {@code GET /api/cases/{id}}, its timeline and what belongs to a case, such as
 * its attachments.
 */
public interface CaseVisibility {

	/**
	 * Fails unless the current caller may read the case.
	 *
	 * @throws org.tongguan.shared.NotFoundException when there is no such case
	 * @throws org.springframework.security.access.AccessDeniedException (403) when the case lies outside the caller's
	 * data scope
	 */
	void requireVisible(CaseId id);
}
