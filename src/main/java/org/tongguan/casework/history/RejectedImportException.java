package org.tongguan.casework.history;

import java.util.List;

import org.tongguan.shared.InvalidInputException;
import org.tongguan.shared.Violation;

/** A history import that stored nothing because rows were invalid; its rejected rows can be downloaded. */
public class RejectedImportException extends InvalidInputException {

	private final String importId;

	private final transient ImportReport report;

	RejectedImportException(String summary, List<Violation> violations, String importId, ImportReport report) {
		super(summary, violations);
		this.importId = importId;
		this.report = report;
	}

	/** What the import read and rejected; nothing stored. */
	public ImportReport report() {
		return report;
	}

	/** The import's id, naming its rejected rows. */
	public String importId() {
		return importId;
	}

	/** Where every rejected row can be downloaded as CSV. */
	public String rejectedRowsUrl() {
		return RejectedRows.url(importId);
	}
}
