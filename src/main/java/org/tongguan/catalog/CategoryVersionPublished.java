package org.tongguan.catalog;

/**
 * Published when a version of a sub-category was stored: a new sub-category, an edit, or its (de)activation.
 *
 * @param code the sub-category
 * @param versionId the new version's id
 * @param version the new version's number
 */
public record CategoryVersionPublished(CategoryCode code, CategoryVersionId versionId, int version) {
}
