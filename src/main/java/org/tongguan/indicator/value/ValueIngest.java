package org.tongguan.indicator.value;

import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.tongguan.identity.ApiKeyPurpose;
import org.tongguan.identity.Caller;
import org.tongguan.identity.ExternalSystem;
import org.tongguan.identity.CallingSystems;
import org.tongguan.indicator.internal.IndicatorProperties;
import org.tongguan.region.Regions;
import org.tongguan.shared.ConflictException;
import org.tongguan.shared.CsvTable;
import org.tongguan.shared.InvalidInputException;
import org.tongguan.shared.JsonItems;

import tools.jackson.databind.ObjectMapper;

/**
 * Takes batches of values in: a source system's push (JSON, with its API key for {@code INDICATOR_SOURCE}) and an
 * administrator's CSV import. A batch is checked whole and stored whole or not at all; sending the same batch again
 * changes nothing.
 */
@Service
public class ValueIngest {

	private final ValueChecks checks;

	private final ValueWriter writer;

	private final CallingSystems systems;

	private final Regions regions;

	private final ObjectMapper json;

	private final IndicatorProperties properties;

	private final Clock clock;

	ValueIngest(ValueChecks checks, ValueWriter writer, CallingSystems systems, Regions regions, ObjectMapper json,
			IndicatorProperties properties, Clock clock) {
		this.checks = checks;
		this.writer = writer;
		this.systems = systems;
		this.regions = regions;
		this.json = json;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Stores a source system's batch {@code {"values": [{indicator, region, period, value}, …]}}, read as it streams
	 * in (UTF-8) once the caller is known to be a source system.
	 *
	 * @throws AccessDeniedException unless the caller is a source system (an API key for INDICATOR_SOURCE)
	 */
	public IngestResult push(InputStream document, Caller caller) {
		ExternalSystem system = systems.of(caller)
			.filter(found -> found.serves(ApiKeyPurpose.INDICATOR_SOURCE))
			.orElseThrow(() -> new AccessDeniedException("Only a source system's API key for INDICATOR_SOURCE "
					+ "pushes values"));
		return store(pushed(document), Sender.source(caller, system, regions));
	}

	/** Stores an administrator's CSV file with the columns {@code indicator, region, period, value}. */
	public IngestResult importCsv(String csv, Caller caller) {
		return store(imported(csv), Sender.administrator(caller, regions));
	}

	private List<ValueLine> pushed(InputStream document) {
		List<ValueLine> lines = new ArrayList<>();
		for (JsonItems.Item<ValueDraft> item : JsonItems.read(json, document, "values", ValueDraft.class,
				properties.maxBatchValues())) {
			lines.add(new ValueLine(item.line(), item.index(), item.value(), item.problem()));
		}
		return lines;
	}

	private List<ValueLine> imported(String csv) {
		CsvTable table = CsvTable.parse(csv);
		for (String column : List.of("indicator", "region", "period", "value")) {
			if (!table.has(column)) {
				throw new InvalidInputException("line 1", "the header lacks the column '" + column + "'; the "
						+ "columns are indicator, region, period, value");
			}
		}
		if (table.rows().size() > properties.maxBatchValues()) {
			throw new InvalidInputException("body", "at most " + properties.maxBatchValues() + " values in one file");
		}
		List<ValueLine> lines = new ArrayList<>(table.rows().size());
		for (CsvTable.Row row : table.rows()) {
			String value = row.get("value");
			Double number = value == null ? null : parse(value);
			ValueDraft draft = new ValueDraft(row.get("indicator"), row.get("region"), row.get("period"), number);
			lines.add(new ValueLine(row.line(), ValueLine.CSV_ROW, draft, value != null && number == null
					? "value: '" + value + "' is not a number" : null));
		}
		return lines;
	}

	/**
	 * Stores values the platform computed from its own data (source COMPUTED, sender {@code tongguan}), checked like
	 * any batch; the caller leaves out values outside an indicator's valid range.
	 */
	public IngestResult storeComputed(List<ValueDraft> values) {
		List<ValueLine> lines = new ArrayList<>();
		for (int i = 0; i < values.size(); i++) {
			lines.add(new ValueLine(i + 1, i, values.get(i), null));
		}
		return store(lines, Sender.platform());
	}

	/**
	 * Checks and stores the lines. They are let go once checked, so that the texts of a 100,000-value batch do not
	 * live through the transaction (and into the heap's old generation) beside its checked values.
	 */
	private IngestResult store(List<ValueLine> lines, Sender sender) {
		List<CheckedValue> checked = checks.check(lines, sender);
		lines.clear();
		try {
			return writer.write(checked, sender, clock.instant());
		}
		catch (DuplicateKeyException e) {
			throw new ConflictException("Another batch wrote values of the same indicators, regions and periods at "
					+ "the same moment; nothing of this one was stored: send it again");
		}
	}

	private static Double parse(String text) {
		try {
			return Double.valueOf(text);
		}
		catch (NumberFormatException e) {
			return null;
		}
	}
}
