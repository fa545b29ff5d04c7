package org.tongguan.region.importing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.tongguan.region.RegionCode;
import org.tongguan.region.RegionLevel;
import org.tongguan.region.internal.Boundary;
import org.tongguan.region.internal.RegionSnapshot;

/**
 * The changes a validated import makes.
 *
 * @param level the imported level
 * @param created regions to insert
 * @param updated regions to overwrite
 * @param unchanged how many features repeat a stored region exactly
 * @param removed codes to delete (replace imports only)
 * @param assigned the codes given to features without one
 * @param changes what becomes of each feature of the file, in file order
 */
record ImportPlan(RegionLevel level, List<Boundary> created, List<Boundary> updated, int unchanged,
		List<RegionCode> removed, List<ImportResult.AssignedCode> assigned, List<ImportPreview.FeatureChange> changes) {

	/** Whether the import changes anything. */
	boolean changesAnything() {
		return !created.isEmpty() || !updated.isEmpty() || !removed.isEmpty();
	}

	/** The regions after this import, given the regions before it. */
	List<Boundary> applyTo(Collection<Boundary> before) {
		Set<RegionCode> replaced = new HashSet<>(removed);
		updated.forEach(boundary -> replaced.add(boundary.region().code()));
		List<Boundary> after = new ArrayList<>(before.size() + created.size());
		before.stream().filter(boundary -> !replaced.contains(boundary.region().code())).forEach(after::add);
		after.addAll(updated);
		after.addAll(created);
		return after;
	}

	ImportResult result() {
		return new ImportResult(level, created.size(), updated.size(), unchanged, removed.size(), assigned);
	}

	/** What the import would change, with the names of the regions it would remove as they are stored now. */
	ImportPreview preview(RegionSnapshot current) {
		List<ImportPreview.RemovedRegion> gone = removed.stream()
			.map(code -> new ImportPreview.RemovedRegion(code.value(),
					current.find(code).map(region -> region.name()).orElse(null)))
			.toList();
		return new ImportPreview(level, created.size(), updated.size(), unchanged, removed.size(), assigned, changes,
				gone);
	}
}
