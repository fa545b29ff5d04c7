package org.tongguan.catalog;

/**
 * The id of one version of a sub-category; a case keeps the id of the version it was filed with.
 *
 * @param value the database id
 */
public record CategoryVersionId(long value) {

	@Override
	public String toString() {
		return Long.toString(value);
	}
}
