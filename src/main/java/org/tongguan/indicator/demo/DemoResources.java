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

/**
 * The demo indicator system's files: the registry in the registry's CSV form, the series models, the topics and the
 * composite index.
 */
final class DemoResources {

	/** The demo registry (columns as a registry CSV export). */
	static final String REGISTRY = "indicator/demo/registry.csv";

	/** The series models of the pushed indicators ({@link SeriesModel}). */
	static final String SERIES = "indicator/demo/series.csv";

	/** The demo topics (专题), {@code {"topics": [topic, …]}} as the topics API takes each. */
	static final String TOPICS = "indicator/demo/topics.json";

	/** The demo composite index's definition (城市运行指数), as the API takes it. */
	static final String COMPOSITE = "indicator/demo/composite.json";

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
