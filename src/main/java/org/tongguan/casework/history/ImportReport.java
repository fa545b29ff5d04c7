package org.tongguan.casework.history;

import java.util.List;

import org.tongguan.shared.Violation;

/**
 * What a history import (历史案件导入) did.
 *
 * @param rows the data rows the file has (the header not counted)
 * @param imported the cases stored
 * @param skipped the rows whose external id was imported before, left as they are
 * @param invalid the rows that failed validation and were not stored
 * @param errors what is wrong with the invalid rows, {@code field = "line 12"}; at most the configured number
 */
public record ImportReport(int rows, int imported, int skipped, int invalid, List<Violation> errors) {
}
