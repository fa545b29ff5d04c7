package org.tongguan.casework.event;

import java.time.Instant;

import org.tongguan.casework.CaseId;
import org.tongguan.catalog.CategoryVersionId;

/**
 * Published when a case was filed (立案), pinning the catalogue version its limits come from.
 *
 * @param id the case
 * @param version the catalogue version the case was filed with
 * @param dueAt the overall deadline
 */
public record CaseFiled(CaseId id, CategoryVersionId version, Instant dueAt) {
}
