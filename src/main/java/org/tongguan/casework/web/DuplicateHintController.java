package org.tongguan.casework.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tongguan.casework.intake.CategoryNames;
import org.tongguan.casework.intake.Duplicates;
import org.tongguan.casework.store.CaseStore;
import org.tongguan.catalog.Catalog;
import org.tongguan.catalog.CategoryCode;
import org.tongguan.identity.Callers;
import org.tongguan.shared.InvalidInputException;
import org.tongguan.shared.Violation;

/**
 * Duplicate hints before a report (疑似重复提示): the open cases a report of this category at this point would be
 * flagged as likely duplicating, so that the operator can see them before submitting.
 */
@RestController
@Tag(name = "Cases: intake (上报)")
class DuplicateHintController {

	private final Duplicates duplicates;

	private final CaseStore cases;

	private final CaseViews views;

	private final CategoryNames categories;

	private final Catalog catalog;

	private final Callers callers;

	private final Clock clock;

	DuplicateHintController(Duplicates duplicates, CaseStore cases, CaseViews views, CategoryNames categories,
			Catalog catalog, Callers callers, Clock clock) {
		this.duplicates = duplicates;
		this.cases = cases;
		this.views = views;
		this.categories = categories;
		this.catalog = catalog;
		this.callers = callers;
		this.clock = clock;
	}

	@GetMapping("/api/cases/likely-duplicates")
	@PreAuthorize("hasAnyRole('OPERATOR', 'SHIFT_LEAD', 'INSPECTOR')")
	@Operation(summary = "Likely duplicates of a report not yet made (疑似重复提示)", description = """
			The open cases of the same sub-category reported within `tongguan.casework.duplicate-window` and \
			`tongguan.casework.duplicate-radius-m` metres of a point, nearest first — the cases a report there would \
			be flagged as likely duplicating. For operators, shift leads and grid inspectors before they report; \
			only cases within the caller's data scope are listed. Nothing is stored.""")
	@ApiResponse(responseCode = "200", description = "The likely duplicates, nearest first (empty when none)",
			useReturnTypeSchema = true)
	@ApiResponse(responseCode = "400", description = "No or an unknown category, or no point inside −180…180, "
			+ "−90…90; `errors[].field` names it (`category`, `longitude`, `latitude`)")
	List<LikelyDuplicate> likelyDuplicates(@RequestParam(required = false) String category,
			@RequestParam(required = false) Double longitude, @RequestParam(required = false) Double latitude) {
		List<Violation> violations = new ArrayList<>();
		CategoryCode code = null;
		if (category == null || category.isBlank()) {
			violations.add(new Violation("category", "category is required, e.g. E0101 (暴露垃圾)"));
		}
		else {
			try {
				code = categories.resolve("category", category);
				if (catalog.current(code).isEmpty()) {
					violations.add(new Violation("category", "no category " + code.value() + " in the catalogue"));
				}
			}
			catch (InvalidInputException e) {
				violations.addAll(e.violations());
			}
		}
		coordinate("longitude", longitude, 180, violations);
		coordinate("latitude", latitude, 90, violations);
		if (!violations.isEmpty()) {
			throw new InvalidInputException("A duplicate hint needs a category and a point", violations);
		}
		return duplicates.find(code, longitude, latitude, clock.instant())
			.stream()
			.flatMap(duplicate -> cases.find(duplicate.id())
				.filter(record -> callers.canSee(record.place().finest()))
				.map(record -> new LikelyDuplicate(Math.round(duplicate.distanceM()), views.summary(record)))
				.stream())
			.toList();
	}

	private static void coordinate(String name, Double value, double limit, List<Violation> violations) {
		if (value == null || !Double.isFinite(value) || Math.abs(value) > limit) {
			violations.add(new Violation(name, name + " is required, in degrees from −" + (int) limit + " to "
					+ (int) limit));
		}
	}

	/**
	 * An open case a report would likely duplicate.
	 *
	 * @param distanceM how far from the point, in metres
	 * @param duplicate the case (reporter masked)
	 */
	record LikelyDuplicate(long distanceM, CaseSummary duplicate) {
	}
}
