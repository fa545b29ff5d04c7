/**
 * History import (历史案件导入): past cases from another system's CSV export go into the case store without workflows,
 * so the statistics cover the city's history from day one. {@link org.tongguan.casework.history.HistoryImport} reads,
 * validates and stores a file, reading categories, departments and regions by code or name through stored or inline
 * value maps ({@link org.tongguan.casework.history.HistoryValueMaps}) and keeping every rejected row for download
 * ({@link org.tongguan.casework.history.RejectedRows}); large files run as background jobs that commit batch by batch and
 * are removed whole when they fail ({@link org.tongguan.casework.history.HistoryImportJobs}). Imported cases publish no
 * case events; an import that stored cases publishes one {@link org.tongguan.casework.event.CaseHistoryImported} with
 * the times and regions they touch (on commit, or when its job succeeded). {@code web} serves them at
 * {@code POST /api/admin/cases/history-import} and {@code .../history-import/jobs}.
 *
 * <p>A nested application module of casework: its API is this package (the import, its jobs, value maps and
 * reports); {@code csv} reads the file's records and columns, {@code mapping} resolves a row's codes and names to
 * categories, departments and regions, {@code row} turns the records into validated history cases in batches. It
 * reads casework and the statistics module; neither calls it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Case history import")
package org.tongguan.casework.history;
