package org.tongguan.open311.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.tongguan.catalog.Catalog;
import org.tongguan.catalog.CategoryCode;
import org.tongguan.catalog.CategoryVersion;
import org.tongguan.catalog.MajorCategory;

/** The Open311 services: the catalogue's current sub-categories, grouped by their major categories. */
@Component
class ServiceDirectory {

	private final Catalog catalog;

	ServiceDirectory(Catalog catalog) {
		this.catalog = catalog;
	}

	/** The services clients may report under: every active sub-category, events (事件) first, then by code. */
	List<OfferedService> offered() {
		return services(catalog.currentAll()).stream()
			.filter(service -> service.version().definition().active())
			.sorted(Comparator.comparing((OfferedService service) -> service.version().code().kind())
				.thenComparing(OfferedService::code))
			.toList();
	}

	/**
	 * The active service with this code.
	 *
	 * @throws Open311Exception 404 when no active sub-category has the code
	 */
	OfferedService offered(String code) {
		Optional<CategoryVersion> current = CategoryCode.isValid(code) ? catalog.current(CategoryCode.of(code))
				: Optional.empty();
		return current.filter(version -> version.definition().active())
			.map(version -> services(List.of(version)).get(0))
			.orElseThrow(() -> Open311Exception.notFound("service_code '" + code + "' was not found"));
	}

	/** Every sub-category, active or not, by code; for describing requests filed under retired ones too. */
	Map<String, OfferedService> all() {
		return services(catalog.currentAll()).stream()
			.collect(Collectors.toMap(OfferedService::code, Function.identity()));
	}

	private List<OfferedService> services(List<CategoryVersion> versions) {
		Map<String, String> groups = catalog.majors().stream()
			.collect(Collectors.toMap(major -> key(major.kind().letter(), major.code()), MajorCategory::name));
		return versions.stream()
			.map(version -> new OfferedService(version,
					groups.getOrDefault(key(version.code().value().charAt(0), version.code().major()), "")))
			.toList();
	}

	private static String key(char kind, String major) {
		return kind + major;
	}
}
