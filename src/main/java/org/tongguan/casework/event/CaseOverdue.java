package org.tongguan.casework.event;

import java.time.Instant;

import org.tongguan.casework.CaseId;
import org.tongguan.catalog.Stage;

/**
 * Published when a case ran past a time limit (超期, red light).
 *
 * @param id the case
 * @param stage the stage whose limit it is, {@code null} for the overall limit
 * @param dueAt when that limit ran out
 */
public record CaseOverdue(CaseId id, Stage stage, Instant dueAt) {
}
