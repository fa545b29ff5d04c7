package org.tongguan.region.importing;

/** How an import treats the stored regions of its level. */
public enum ImportMode {
	/** Creates the file's new codes and updates the existing ones; other stored regions stay. */
	MERGE,
	/** The level's regions (within the import's scope) become exactly the file's features; the rest are removed. */
	REPLACE
}
