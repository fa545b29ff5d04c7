package org.tongguan.sensing.device.registry;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongguan.identity.Callers;
import org.tongguan.region.RegionCode;
import org.tongguan.sensing.DeviceCode;
import org.tongguan.sensing.device.DeviceDraft;
import org.tongguan.sensing.device.DeviceRow;
import org.tongguan.sensing.device.DeviceSecrets;
import org.tongguan.sensing.device.DeviceStatus;
import org.tongguan.sensing.device.DeviceStore;
import org.tongguan.sensing.device.DeviceValidator;
import org.tongguan.sensing.device.DevicesProperties;
import org.tongguan.sensing.device.DirectoryUpdates;
import org.tongguan.sensing.device.ValidDevice;
import org.tongguan.shared.ConflictException;
import org.tongguan.shared.InvalidInputException;
import org.tongguan.shared.Violation;

/**
 * Imports devices from CSV (设备批量导入): every row is validated like a single registration and reported with its line
 * number; a code already registered updates that device. Nothing is stored when a row is invalid, unless the caller
 * asks for a partial import.
 */
@Service
public class DeviceImport {

	private final DeviceStore store;

	private final DeviceValidator validator;

	private final DirectoryUpdates updates;

	private final Callers callers;

	private final DevicesProperties properties;

	private final Clock clock;

	DeviceImport(DeviceStore store, DeviceValidator validator, DirectoryUpdates updates, Callers callers,
			DevicesProperties properties, Clock clock) {
		this.store = store;
		this.validator = validator;
		this.updates = updates;
		this.callers = callers;
		this.properties = properties;
		this.clock = clock;
	}

	/** Imports the file; with {@code partial} the valid rows are stored even when others are invalid. */
	@Transactional
	public ImportResult importCsv(String csv, boolean partial) {
		List<CsvText.Record> records = CsvText.records(csv);
		if (records.isEmpty()) {
			throw new InvalidInputException("file", "the file is empty; it needs a header row and device rows");
		}
		List<String> headerProblems = new ArrayList<>();
		DeviceCsv columns = DeviceCsv.header(records.get(0).fields(), headerProblems);
		if (!headerProblems.isEmpty()) {
			throw new InvalidInputException("The header row is invalid",
					headerProblems.stream().map(problem -> new Violation("line 1", problem)).toList());
		}
		List<CsvText.Record> data = records.subList(1, records.size());
		if (data.size() > properties.maxImportRows()) {
			throw new InvalidInputException("file", "at most " + properties.maxImportRows() + " rows per import");
		}
		ImportPlan plan = plan(columns, data);
		if (plan.invalid() > 0 && !partial) {
			throw new InvalidInputException(plan.invalid() + " of " + data.size()
					+ " rows are invalid; nothing was imported", plan.errors());
		}
		store(plan);
		return new ImportResult(data.size(), plan.created().size(), plan.updated().size(), plan.invalid(),
				plan.errors(), plan.issued());
	}

	private ImportPlan plan(DeviceCsv columns, List<CsvText.Record> data) {
		List<DeviceCsv.Row> rows = data.stream().map(record -> columns.row(record.fields())).toList();
		Map<String, DeviceRow> existing = store.rows(rows.stream()
			.map(row -> row.draft().code())
			.filter(DeviceCode::isValid)
			.collect(Collectors.toSet()))
			.stream()
			.collect(Collectors.toMap(DeviceRow::code, Function.identity()));
		ImportPlan plan = new ImportPlan();
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < rows.size(); i++) {
			DeviceCsv.Row row = rows.get(i);
			DeviceRow current = existing.get(row.draft().code());
			DeviceDraft draft = current == null || row.draft().status() != null ? row.draft() : withStatus(row.draft(),
					current.status());
			Map<String, String> problems = new LinkedHashMap<>();
			row.problems().forEach(problem -> problems.put(problem.field(), problem.message()));
			DeviceValidator.Checked checked = validator.check(draft);
			checked.problems().forEach(problem -> problems.putIfAbsent(problem.field(), problem.message()));
			if (checked.device() != null && !inScope(checked.device(), current)) {
				problems.put("longitude", "the point lies outside your data scope");
			}
			if (DeviceCode.isValid(draft.code()) && !seen.add(draft.code())) {
				problems.put("code", draft.code() + " appears on an earlier line");
			}
			if (!problems.isEmpty()) {
				plan.reject(data.get(i).line(), problems);
			}
			else if (current != null) {
				plan.update(checked.device(), row.secret());
			}
			else {
				plan.create(checked.device(), row.secret());
			}
		}
		return plan;
	}

	private boolean inScope(ValidDevice device, DeviceRow current) {
		return callers.canSee(device.location().finest().code())
				&& (current == null || current.grid() == null || callers.canSee(RegionCode.of(current.grid())));
	}

	private void store(ImportPlan plan) {
		Instant now = clock.instant();
		try {
			store.insert(plan.created(), plan.createdHashes(), now);
		}
		catch (DuplicateKeyException e) {
			throw new ConflictException("Another import or registration of the same codes ran at the same time; "
					+ "import the file again");
		}
		store.update(plan.updated(), now);
		plan.newSecrets().forEach((code, secret) -> store.setSecret(code, DeviceSecrets.storedHash(secret), now));
		List<String> codes = new ArrayList<>();
		plan.created().forEach(device -> codes.add(device.draft().code()));
		plan.updated().forEach(device -> codes.add(device.draft().code()));
		updates.changed(codes);
	}

	private static DeviceDraft withStatus(DeviceDraft draft, DeviceStatus status) {
		return new DeviceDraft(draft.code(), draft.name(), draft.type(), draft.longitude(), draft.latitude(),
				draft.owner(), draft.installedOn(), draft.installer(), draft.address(), draft.note(),
				draft.streamUrl(), status);
	}
}
