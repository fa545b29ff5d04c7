package org.tongguan.catalog.importing;

import java.util.List;

/**
 * What a whole-catalogue import did.
 *
 * @param majorsCreated major categories that were new
 * @param majorsUpdated major categories whose name or default limits changed
 * @param categoriesCreated sub-categories that were new (version 1)
 * @param categoriesRevised sub-categories that got a new version because the file says something else
 * @param unchanged sub-categories the file states as they are
 * @param assigned the codes the platform gave to majors and sub-categories stated without one
 */
public record CatalogImportResult(int majorsCreated, int majorsUpdated, int categoriesCreated, int categoriesRevised,
		int unchanged, List<Assigned> assigned) {

	/**
	 * A code the platform assigned.
	 *
	 * @param line the CSV line, {@code null} for JSON
	 * @param item where in the file: {@code line 7}, {@code majors[0]} or {@code categories[3]}
	 * @param name the name of the major or sub-category
	 * @param code the code it got (2 digits for a major)
	 */
	public record Assigned(Integer line, String item, String name, String code) {
	}
}
