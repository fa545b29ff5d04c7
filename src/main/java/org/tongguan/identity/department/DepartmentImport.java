package org.tongguan.identity.department;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongguan.identity.Callers;
import org.tongguan.identity.Department;
import org.tongguan.identity.DepartmentCode;
import org.tongguan.identity.DepartmentFunctions;
import org.tongguan.identity.audit.AuditEvent;
import org.tongguan.identity.audit.SecurityAudit;
import org.tongguan.region.Region;
import org.tongguan.region.RegionLevel;
import org.tongguan.region.Regions;
import org.tongguan.shared.CsvTable;
import org.tongguan.shared.InvalidInputException;
import org.tongguan.shared.Violation;

/**
 * Imports departments from CSV (columns {@code code, name, function, level, region, serves}), all or nothing: every
 * row is checked first and any error names its line; then new departments are created and changed ones updated.
 * A row without a code gets {@code <home region code>-<function code>} (then {@code -2}, {@code -3} for further rows
 * with the same home and function), so importing the same file again changes nothing.
 */
@Service
public class DepartmentImport {

	/** The most rows one import takes. */
	static final int MAX_ROWS = 10_000;

	private final DepartmentAdministration administration;

	private final DepartmentStore store;

	private final DepartmentFunctions functions;

	private final Regions regions;

	private final Callers callers;

	private final SecurityAudit audit;

	DepartmentImport(DepartmentAdministration administration, DepartmentStore store, DepartmentFunctions functions,
			Regions regions, Callers callers, SecurityAudit audit) {
		this.administration = administration;
		this.store = store;
		this.functions = functions;
		this.regions = regions;
		this.callers = callers;
		this.audit = audit;
	}

	/** Reads, checks and stores the file; answers what it created, updated and left unchanged. */
	@Transactional
	public DepartmentImportResult importCsv(String csv) {
		CsvTable table = CsvTable.parse(csv);
		List<Violation> violations = new ArrayList<>();
		for (String column : List.of("name", "function", "level", "region")) {
			if (!table.has(column)) {
				violations.add(new Violation("line 1", "the header has no column '" + column
						+ "' (columns: code, name, function, level, region, serves)"));
			}
		}
		if (table.rows().isEmpty()) {
			violations.add(new Violation("line 2", "the file has no departments"));
		}
		if (table.rows().size() > MAX_ROWS) {
			violations.add(new Violation("line " + (MAX_ROWS + 2), "at most " + MAX_ROWS + " departments per file"));
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException("The department file is invalid", violations);
		}
		RegionNames names = new RegionNames(regions);
		Map<String, Integer> codeLines = new HashMap<>();
		Map<String, Integer> derivedCount = new HashMap<>();
		Map<Department, Integer> valid = new LinkedHashMap<>();
		List<DepartmentImportResult.Assigned> assigned = new ArrayList<>();
		for (CsvTable.Row row : table.rows()) {
			List<Violation> found = new ArrayList<>();
			Optional<Department> department = department(row, names, derivedCount, found);
			department.ifPresent(read -> {
				Integer earlier = codeLines.putIfAbsent(read.code().value(), row.line());
				if (earlier != null) {
					found.add(new Violation("code", read.code() + " is also on line " + earlier));
				}
				else {
					valid.put(read, row.line());
					if (row.get("code") == null) {
						assigned.add(new DepartmentImportResult.Assigned(row.line(), read.name(), read.code().value()));
					}
				}
			});
			found.forEach(violation -> violations.add(new Violation("line " + row.line(),
					violation.field() + ": " + violation.message())));
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException("The department file has " + violations.size() + " errors; nothing was "
					+ "imported", violations);
		}
		return store(valid.keySet(), assigned);
	}

	private Optional<Department> department(CsvTable.Row row, RegionNames names, Map<String, Integer> derivedCount,
			List<Violation> found) {
		RegionLevel level = level(row.get("level"), found);
		Optional<Region> home = names.resolve(row.get("region"), level, "region", found);
		List<String> served = new ArrayList<>();
		String serves = row.get("serves");
		if (serves != null) {
			String[] parts = serves.split(";");
			for (int i = 0; i < parts.length; i++) {
				names.resolve(parts[i].strip(), null, "serves[" + i + "]", found)
					.ifPresent(region -> served.add(region.code().value()));
			}
		}
		String function = row.get("function");
		if (!found.isEmpty()) {
			return Optional.empty();
		}
		String code = row.get("code");
		if (code == null) {
			String base = home.get().code().value() + "-"
					+ functions.find(function).map(known -> known.code()).orElse("DEPT");
			int count = derivedCount.merge(base, 1, Integer::sum);
			code = count == 1 ? base : base + "-" + count;
		}
		try {
			DepartmentCode departmentCode = DepartmentAdministration.code(code);
			return Optional.of(administration.validated(departmentCode,
					new DepartmentDraft(row.get("name"), function, level, home.get().code().value(), served)));
		}
		catch (InvalidInputException e) {
			found.addAll(e.violations());
			return Optional.empty();
		}
	}

	private static RegionLevel level(String value, List<Violation> found) {
		if (value == null) {
			found.add(new Violation("level", "is required (CITY, DISTRICT or STREET)"));
			return null;
		}
		try {
			return RegionLevel.valueOf(value.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			found.add(new Violation("level", "'" + value + "' is not a region level (CITY, DISTRICT or STREET)"));
			return null;
		}
	}

	private DepartmentImportResult store(Iterable<Department> departments, List<DepartmentImportResult.Assigned> assigned) {
		int created = 0;
		int updated = 0;
		int unchanged = 0;
		for (Department department : departments) {
			Optional<Department> existing = store.find(department.code());
			if (existing.isEmpty()) {
				store.insert(List.of(department));
				created++;
			}
			else if (sameAs(existing.get(), department)) {
				unchanged++;
			}
			else {
				store.update(department);
				updated++;
			}
		}
		audit.record(AuditEvent.DEPARTMENTS_IMPORTED, callers.current().username(), null,
				created + " created, " + updated + " updated, " + unchanged + " unchanged");
		return new DepartmentImportResult(created, updated, unchanged, assigned);
	}

	private static boolean sameAs(Department stored, Department read) {
		return stored.name().equals(read.name()) && stored.function().equals(read.function())
				&& stored.level() == read.level() && stored.home().equals(read.home())
				&& stored.serves().equals(read.serves());
	}
}
