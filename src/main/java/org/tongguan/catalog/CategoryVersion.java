package org.tongguan.catalog;

import java.time.Instant;

/**
 * One immutable version of a sub-category (小类); editing a sub-category adds a version and never changes this one.
 *
 * @param id its id, which cases keep
 * @param code the sub-category's code
 * @param version its number, 1 for the first version of the code
 * @param definition what the version says
 * @param editedBy who published it
 * @param editedAt when it was published
 * @param changeNote why it was published, or {@code null}
 */
public record CategoryVersion(CategoryVersionId id, CategoryCode code, int version, CategoryDefinition definition,
		String editedBy, Instant editedAt, String changeNote) {
}
