/**
 * History import (历史案件导入): past cases from another system's CSV export go into the case store without workflows,
 * so the statistics cover the city's history from day one. {@link org.tongguan.casework.history.HistoryImport} reads,
 * validates and stores a file, reading categories, departments and regions by code or name through stored or inline
 * value maps ({@link org.tongguan.casework.history.HistoryValueMaps}) and keeping every rejected row for download
 * ({@link org.tongguan.casework.history.RejectedRows}); {@code web} serves it at
 * {@code POST /api/admin/cases/history-import}.
 */
package org.tongguan.casework.history;
