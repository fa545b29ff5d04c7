package org.tongguan.indicator.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.core.io.ClassPathResource;
import org.tongguan.identity.DepartmentCode;
import org.tongguan.shared.CsvTable;

/** The demo indicator system's files: the registry in the registry's CSV form and the series models. */
final class DemoResources {

	/** The demo registry (columns as a registry CSV export). */
	static final String REGISTRY = "indicator/demo/registry.csv";

	/** The series models of the pushed indicators ({@link SeriesModel}). */
	static final String SERIES = "indicator/demo/series.csv";

	private DemoResources() {
	}

	/** The text of a file on the class path. */
	static String text(String path) {
		try {
			return new ClassPathResource(path).getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException("The demo file " + path + " cannot be read", e);
		}
	}

	/** The source and responsible departments the registry names. */
	static Set<DepartmentCode> departments(String registry) {
		Set<DepartmentCode> departments = new TreeSet<>(Comparator.comparing(DepartmentCode::value));
		for (CsvTable.Row row : CsvTable.parse(registry).rows()) {
			departments.add(new DepartmentCode(row.get("sourceDepartment")));
			departments.add(new DepartmentCode(row.get("responsibleDepartment")));
		}
		return departments;
	}
}
