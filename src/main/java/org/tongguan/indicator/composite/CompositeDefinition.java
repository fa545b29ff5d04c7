package org.tongguan.indicator.composite;

import java.util.List;

import org.tongguan.indicator.Frequency;
import org.tongguan.indicator.IndicatorCode;

/**
 * The composite index's checked definition.
 *
 * @param name its name
 * @param description what it measures and how
 * @param frequency the periods it is computed for
 * @param components its indicators, in order
 */
record CompositeDefinition(String name, String description, Frequency frequency, List<Component> components) {

	/** The definition as clients write it. */
	CompositeDraft draft() {
		return new CompositeDraft(name, description, frequency.name(), components.stream()
			.map(component -> new CompositeDraft.Component(component.indicator().value(), component.weight(),
					component.normalisation().draft()))
			.toList());
	}

	/**
	 * One indicator of the index.
	 *
	 * @param indicator its code
	 * @param weight its weight, positive
	 * @param normalisation how its value becomes a score
	 */
	record Component(IndicatorCode indicator, double weight, Normalisation normalisation) {
	}
}
