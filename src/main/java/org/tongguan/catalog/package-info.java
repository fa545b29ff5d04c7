/**
 * Catalogue (事项清单): event (事件) and component (部件) category trees and 12345 matter types, each sub-category
 * versioned with its responsible departments per region level, time limits, closing conditions and legal basis.
 * {@code internal} edits and stores the catalogue, {@code importing} imports a whole one, {@code web} serves both.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "region", "identity" })
package org.tongguan.catalog;
