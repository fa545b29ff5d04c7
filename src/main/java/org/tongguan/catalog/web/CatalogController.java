package org.tongguan.catalog.web;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tongguan.catalog.Catalog;
import org.tongguan.catalog.CategoryKind;
import org.tongguan.catalog.CategoryVersion;
import org.tongguan.catalog.CategoryVersionId;
import org.tongguan.catalog.MajorCategory;
import org.tongguan.catalog.MatterType;
import org.tongguan.shared.NotFoundException;
import org.tongguan.shared.TimeLimit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Reads the catalogue (事项清单); open to every signed-in user. */
@RestController
@RequestMapping("/api/catalog")
@Tag(name = "Catalogue (事项清单)")
class CatalogController {

	private final Catalog catalog;

	CatalogController(Catalog catalog) {
		this.catalog = catalog;
	}

	/** The current versions, filtered by kind, major and a text found in the code or name; active ones unless asked. */
	@GetMapping("/categories")
	@Operation(summary = "List sub-categories (事项清单)", description = """
			The current version of every active sub-category (小类), filtered by kind (EVENT 事件 / COMPONENT 部件), \
			major category code (大类, e.g. `01`) and a text `q` matched against code and name; \
			`includeInactive=true` lists deactivated ones too.""")
	List<VersionView> categories(@RequestParam(required = false) CategoryKind kind,
			@RequestParam(required = false) String major, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "false") boolean includeInactive) {
		MajorNames names = MajorNames.of(catalog);
		String text = q == null ? "" : q.strip().toLowerCase(Locale.ROOT);
		return current(includeInactive).filter(version -> kind == null || version.code().kind() == kind)
			.filter(version -> major == null || version.code().major().equals(major))
			.filter(version -> version.code().value().toLowerCase(Locale.ROOT).contains(text)
					|| version.definition().name().contains(text))
			.map(names::view)
			.toList();
	}

	/** The major categories of both trees with their sub-categories. */
	@GetMapping("/tree")
	@Operation(summary = "The catalogue as a tree (大类 → 小类)", description = """
			Every major category (大类) with its sub-categories (小类), for pickers in forms.""")
	List<MajorView> tree(@RequestParam(defaultValue = "false") boolean includeInactive) {
		List<CategoryVersion> current = current(includeInactive).toList();
		return catalog.majors().stream().map(major -> MajorView.of(major, current)).toList();
	}

	/** The current version of a sub-category in full. */
	@GetMapping("/categories/{code}")
	@Operation(summary = "Read one sub-category", description = """
			The current version of a sub-category: responsibility, urgency and stage limits, closing conditions, \
			legal basis.""")
	VersionView category(@PathVariable String code) {
		return catalog.current(CodeParameter.parse(code))
			.map(MajorNames.of(catalog)::view)
			.orElseThrow(() -> new NotFoundException("No sub-category " + code));
	}

	/** Every version of a sub-category, oldest first. */
	@GetMapping("/categories/{code}/versions")
	@Operation(summary = "A sub-category's versions (版本)", description = """
			Every published version of a sub-category, oldest first, with who changed what and why.""")
	List<VersionView> versions(@PathVariable String code) {
		List<CategoryVersion> versions = catalog.versions(CodeParameter.parse(code));
		if (versions.isEmpty()) {
			throw new NotFoundException("No sub-category " + code);
		}
		return versions.stream().map(MajorNames.of(catalog)::view).toList();
	}

	/** One version by id, however old. */
	@GetMapping("/versions/{id}")
	@Operation(summary = "Read one catalogue version", description = """
			One version by its id, as a case filed under it was handled (cases name the version they were filed \
			under).""")
	VersionView version(@PathVariable long id) {
		return catalog.version(new CategoryVersionId(id))
			.map(MajorNames.of(catalog)::view)
			.orElseThrow(() -> new NotFoundException("No catalogue version " + id));
	}

	/** The 12345 matter types with their reply limits. */
	@GetMapping("/matter-types")
	@Operation(summary = "12345 matter types (诉求类型)", description = """
			The hotline's matter types (咨询 enquiry, 求助 request for help, 投诉 complaint, 举报 report, 建议 \
			suggestion ...) with their reply limits (答复时限), which cap a hotline case's overall deadline.""")
	List<MatterTypeView> matterTypes() {
		return catalog.matterTypes().stream().map(MatterTypeView::of).toList();
	}

	private Stream<CategoryVersion> current(boolean includeInactive) {
		return catalog.currentAll().stream().filter(version -> includeInactive || version.definition().active());
	}

	/** A major category with its sub-categories. */
	record MajorView(CategoryKind kind, String code, String name, List<SubView> categories) {

		static MajorView of(MajorCategory major, List<CategoryVersion> current) {
			return new MajorView(major.kind(), major.code(), major.name(), current.stream()
				.filter(version -> version.code().kind() == major.kind() && version.code().major().equals(major.code()))
				.map(version -> new SubView(version.code().value(), version.definition().name(),
						version.definition().active()))
				.toList());
		}
	}

	/** A sub-category in the tree. */
	record SubView(String code, String name, boolean active) {
	}

	/** A 12345 matter type. */
	record MatterTypeView(String kind, String name, TimeLimit limit, String practice) {

		static MatterTypeView of(MatterType type) {
			return new MatterTypeView(type.kind().name(), type.kind().label(), type.limit(), type.practice());
		}
	}
}
