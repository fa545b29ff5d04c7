package org.tongguan.casework.history;

import java.util.List;

import org.tongguan.shared.Violation;

/**
 * What a history import (历史案件导入) did.
 *
 * @param importId the import's id, naming its rejected rows
 * @param rows the data rows the file has (the header not counted)
 * @param imported the cases stored
 * @param skipped the rows whose external id was imported before, left as they are
 * @param invalid the rows that failed validation and were not stored
 * @param backlog the stored cases still open (imported backlog, 历史积案): kept out of live work lists unless asked
 * @param derived what was computed from what for the stored cases
 * @param errors what is wrong with the invalid rows, {@code field = "line 12"}; at most the configured number, then one
 * entry saying how many there are in all
 * @param rejectedRowsUrl where every rejected row can be downloaded as CSV; {@code null} when none was rejected
 */
public record ImportReport(String importId, int rows, int imported, int skipped, int invalid, int backlog,
		Derived derived, List<Violation> errors, String rejectedRowsUrl) {

	/**
	 * Values the file did not give and the import derived. Handling time (办理时长, in the statistics) runs from filing
	 * (立案) to closure; for a row without {@code filedAt} it runs from {@code acceptedAt}, else from
	 * {@code reportedAt}. The case's filing time stays empty, so it does not count as filed.
	 *
	 * @param handlingFromAcceptedAt stored cases without {@code filedAt} whose handling time counts from acceptedAt
	 * @param handlingFromReportedAt stored cases without {@code filedAt} or {@code acceptedAt}, counted from
	 * reportedAt
	 */
	public record Derived(int handlingFromAcceptedAt, int handlingFromReportedAt) {
	}
}
