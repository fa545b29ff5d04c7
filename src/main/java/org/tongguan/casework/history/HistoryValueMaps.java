package org.tongguan.casework.history;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongguan.casework.history.mapping.References;
import org.tongguan.casework.history.mapping.ValueMapping;
import org.tongguan.catalog.Catalog;
import org.tongguan.identity.Departments;
import org.tongguan.region.RegionCode;
import org.tongguan.region.Regions;
import org.tongguan.shared.InvalidInputException;
import org.tongguan.shared.NotFoundException;
import org.tongguan.shared.Violation;

/**
 * 值映射 — the stored value maps of the history import: per field (category, department, region, urgency, stage,
 * satisfaction) a table from the old system's values to the platform's, used by every later import.
 */
@Service
public class HistoryValueMaps {

	private final ValueMapStore store;

	private final Catalog catalog;

	private final Departments departments;

	private final Regions regions;

	HistoryValueMaps(ValueMapStore store, Catalog catalog, Departments departments, Regions regions) {
		this.store = store;
		this.catalog = catalog;
		this.departments = departments;
		this.regions = regions;
	}

	/**
	 * The stored table of the field.
	 *
	 * @throws NotFoundException for a field without value maps or without a stored table
	 */
	@Transactional(readOnly = true)
	public Map<String, String> of(String field) {
		Map<String, String> table = store.of(mappable(field));
		if (table.isEmpty()) {
			throw new NotFoundException("No value map is stored for " + field);
		}
		return table;
	}

	/**
	 * Stores the table of the field in place of the one stored before; old values and targets are stripped.
	 *
	 * @return the table as stored
	 * @throws InvalidInputException naming each entry ({@code category["A01"]}) whose target names nothing
	 */
	@Transactional
	public Map<String, String> replace(String field, Map<String, String> table) {
		mappable(field);
		List<Violation> violations = ValueMapping.check(field, table,
				new References(catalog, departments, regions, RegionCode.PLATFORM), field);
		if (table.isEmpty()) {
			violations = List.of(new Violation(field, "the table is empty; DELETE it to stop mapping " + field));
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException("The value map names values the platform does not know; nothing was "
					+ "stored", violations);
		}
		Map<String, String> stripped = new LinkedHashMap<>();
		table.forEach((old, target) -> {
			if (stripped.put(old.strip(), target.strip()) != null) {
				throw new InvalidInputException(field + "[\"" + old + "\"]", "the old value '" + old.strip()
						+ "' is in the table twice (values are compared without surrounding spaces)");
			}
		});
		store.replace(field, stripped);
		return store.of(field);
	}

	/**
	 * Removes the stored table of the field.
	 *
	 * @throws NotFoundException when none is stored
	 */
	@Transactional
	public void remove(String field) {
		if (!store.remove(mappable(field))) {
			throw new NotFoundException("No value map is stored for " + field);
		}
	}

	/** Every stored table, for an import. */
	ValueMaps stored() {
		return store.all();
	}

	private static String mappable(String field) {
		if (!ValueMaps.isMappable(field)) {
			throw new NotFoundException("There are no value maps for '" + field + "'; there are for "
					+ String.join(", ", ValueMaps.FIELDS));
		}
		return field;
	}
}
