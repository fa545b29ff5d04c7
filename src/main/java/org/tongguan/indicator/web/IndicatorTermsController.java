package org.tongguan.indicator.web;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tongguan.identity.Role;
import org.tongguan.indicator.AccessGrade;
import org.tongguan.indicator.Direction;
import org.tongguan.indicator.Framework;
import org.tongguan.indicator.Frequency;
import org.tongguan.indicator.IndicatorClass;
import org.tongguan.indicator.IndicatorDomain;
import org.tongguan.indicator.ValueSource;
import org.tongguan.indicator.WarningLevel;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** 指标术语 — the vocabulary of indicator plans with the Chinese names users know, for forms and pickers. */
@RestController
@Tag(name = "Indicators (城市体征)")
class IndicatorTermsController {

	@GetMapping("/api/indicator-terms")
	@Operation(summary = "The vocabulary of indicator plans (指标术语)", description = """
			Every value a plan's enumerations take, each with its Chinese name: the classes 人/企/城/政, the fifteen \
			domains, directions, frequencies (with the form of their periods), access grades (with the roles that \
			see them and whether the source and responsible departments do), reference frameworks, warning levels \
			and the ways values come in.""")
	Terms terms() {
		return new Terms(terms(IndicatorClass.values(), IndicatorClass::label),
				terms(IndicatorDomain.values(), IndicatorDomain::label), terms(Direction.values(), Direction::label),
				Arrays.stream(Frequency.values())
					.map(frequency -> new FrequencyTerm(frequency.name(), frequency.label(), frequency.form()))
					.toList(),
				Arrays.stream(AccessGrade.values())
					.map(grade -> new GradeTerm(grade.name(), grade.label(),
							grade.roles().stream().map(Role::name).sorted().toList(), grade.opensToItsDepartments()))
					.toList(),
				terms(Framework.values(), Framework::label), terms(WarningLevel.values(), WarningLevel::label),
				terms(ValueSource.values(), ValueSource::label));
	}

	private static <E extends Enum<E>> List<Term> terms(E[] values, Function<E, String> label) {
		return Arrays.stream(values).map(value -> new Term(value.name(), label.apply(value))).toList();
	}

	/**
	 * The vocabulary.
	 *
	 * @param classes 人/企/城/政
	 * @param domains the fifteen domains
	 * @param directions which values are good
	 * @param frequencies how often indicators are published
	 * @param grades who may see an indicator
	 * @param frameworks the reference frameworks
	 * @param warningLevels the four warning levels
	 * @param valueSources how values come in
	 */
	record Terms(List<Term> classes, List<Term> domains, List<Term> directions, List<FrequencyTerm> frequencies,
			List<GradeTerm> grades, List<Term> frameworks, List<Term> warningLevels, List<Term> valueSources) {
	}

	/** A value of an enumeration and its Chinese name. */
	record Term(String name, String label) {
	}

	/** A frequency, its Chinese name and how its periods are written. */
	record FrequencyTerm(String name, String label, String period) {
	}

	/** An access grade, its Chinese name, the roles that see it and whether its departments do. */
	record GradeTerm(String name, String label, List<String> roles, boolean departments) {
	}
}
