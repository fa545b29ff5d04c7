/**
 * History import (历史案件导入): past cases from another system's CSV export go into the case store without workflows,
 * so the statistics cover the city's history from day one. {@link org.tongguan.casework.history.HistoryImport} reads,
 * validates and stores a file, reading categories, departments and regions by code or name through stored or inline
 * value maps ({@link org.tongguan.casework.history.HistoryValueMaps}) and keeping every rejected row for download
 * ({@link org.tongguan.casework.history.RejectedRows}); large files run as background jobs that commit batch by batch and
 * are removed whole when they fail ({@link org.tongguan.casework.history.HistoryImportJobs}). {@code web} serves them
 * at {@code POST /api/admin/cases/history-import} and {@code .../history-import/jobs}.
 */
package org.tongguan.casework.history;
