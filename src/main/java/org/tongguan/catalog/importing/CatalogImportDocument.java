package org.tongguan.catalog.importing;

import java.util.List;

import org.tongguan.catalog.internal.CategoryDraft;
import org.tongguan.catalog.internal.MajorDraft;

/**
 * A whole catalogue in JSON: its major categories and sub-categories, each in the shape the single-item endpoints
 * take (a sub-category names its major by {@code major} code or {@code majorName}).
 *
 * @param majors the major categories (大类)
 * @param categories the sub-categories (小类)
 */
public record CatalogImportDocument(List<MajorDraft> majors, List<CategoryDraft> categories) {
}
