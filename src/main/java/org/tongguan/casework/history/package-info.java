/**
 * History import (历史案件导入): past cases from another system's CSV export go into the case store without workflows,
 * so the statistics cover the city's history from day one. {@link org.tongguan.casework.history.HistoryImport} reads,
 * validates and stores a file; {@code web} serves it at {@code POST /api/admin/cases/history-import}.
 */
package org.tongguan.casework.history;
