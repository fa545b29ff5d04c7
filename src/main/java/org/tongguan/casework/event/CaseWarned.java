package org.tongguan.casework.event;

import java.time.Instant;

import org.tongguan.casework.CaseId;
import org.tongguan.catalog.Stage;

/**
 * Published when a case used 80 % of a time limit (预警, yellow light).
 *
 * @param id the case
 * @param stage the stage whose limit it is, {@code null} for the overall limit
 * @param dueAt when that limit runs out
 */
public record CaseWarned(CaseId id, Stage stage, Instant dueAt) {
}
