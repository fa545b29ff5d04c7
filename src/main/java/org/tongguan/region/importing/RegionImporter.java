package org.tongguan.region.importing;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.tongguan.region.RegionEditingScope;
import org.tongguan.region.RegionLevel;
import org.tongguan.region.RegionsChanged;
import org.tongguan.region.internal.RegionService;
import org.tongguan.region.internal.RegionSnapshot;
import org.tongguan.region.internal.RegionStore;
import org.tongguan.shared.InvalidInputException;
import org.tongguan.shared.OutOfScopeException;
import org.tongguan.shared.geo.GeoJson;

/**
 * Imports the boundaries of one level from a GeoJSON FeatureCollection (边界导入): validates everything first, then
 * writes in one transaction, swaps the in-memory snapshot after the commit and publishes {@link RegionsChanged}.
 */
@Service
public class RegionImporter {

	private static final Logger log = LoggerFactory.getLogger(RegionImporter.class);

	private final RegionService regions;

	private final RegionStore store;

	private final TransactionOperations transactions;

	private final ApplicationEventPublisher events;

	private final ImportValidator validator;

	private final RegionEditingScope editingScope;

	RegionImporter(RegionService regions, RegionStore store, TransactionOperations transactions,
			ApplicationEventPublisher events, RegionProperties properties, RegionEditingScope editingScope) {
		this.editingScope = editingScope;
		this.regions = regions;
		this.store = store;
		this.transactions = transactions;
		this.events = events;
		this.validator = new ImportValidator(properties.overlapToleranceM2());
	}

	/**
	 * Imports the file's features as regions of the level; one import at a time, so each validates against the
	 * result of the one before.
	 *
	 * @throws OutOfScopeException naming every change outside the caller's data scope; nothing is stored then
	 * @throws InvalidInputException listing every problem; nothing is stored then
	 */
	public synchronized ImportResult importGeoJson(RegionLevel level, String geoJson, ImportOptions options) {
		long start = System.nanoTime();
		RegionSnapshot current = regions.current();
		ImportPlan plan = validator.validate(level, GeoJson.readFeatureCollection(geoJson), options, current,
				editingScope.editableRoot());
		long validated = System.nanoTime();
		if (plan.changesAnything()) {
			RegionSnapshot next = RegionSnapshot.of(plan.applyTo(current.all()));
			transactions.executeWithoutResult(status -> write(plan, next));
		}
		log.info("Imported {}: {} (validated in {} ms, indexed and written in {} ms)", level, plan.result(),
				(validated - start) / 1_000_000, (System.nanoTime() - validated) / 1_000_000);
		return plan.result();
	}

	/**
	 * What importing the file's features as regions of the level would change, validated exactly as
	 * {@link #importGeoJson} does, without storing anything (导入预览).
	 *
	 * @throws OutOfScopeException naming every change outside the caller's data scope
	 * @throws InvalidInputException listing every problem
	 */
	public ImportPreview preview(RegionLevel level, String geoJson, ImportOptions options) {
		RegionSnapshot current = regions.current();
		return validator.validate(level, GeoJson.readFeatureCollection(geoJson), options, current,
				editingScope.editableRoot())
			.preview(current);
	}

	/** Writes the plan and installs the next snapshot once the transaction has committed. */
	private void write(ImportPlan plan, RegionSnapshot next) {
		store.delete(plan.removed());
		store.update(plan.updated());
		store.insert(plan.created());
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				regions.install(next);
			}
		});
		events.publishEvent(new RegionsChanged(List.of(plan.level()),
				plan.created().size() + plan.updated().size() + plan.removed().size()));
	}
}
