package org.tongguan.sensing.ingest;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;

import org.tongguan.sensing.device.MetricSpec;

/**
 * The metric values of one reading as ingestion parsed them: an immutable map from metric name to value that also
 * offers them by position, unboxed, with the metric's {@link MetricSpec} (the hot path reads them that way).
 */
public final class MetricValues extends AbstractMap<String, Double> {

	private final MetricSpec[] metrics;

	private final double[] values;

	/** The values of these metrics, position by position; the arrays are kept, not copied. */
	public MetricValues(MetricSpec[] metrics, double[] values) {
		if (metrics.length != values.length) {
			throw new IllegalArgumentException("One value per metric");
		}
		this.metrics = metrics;
		this.values = values;
	}

	@Override
	public int size() {
		return metrics.length;
	}

	/** The metric at this position. */
	public MetricSpec metric(int index) {
		return metrics[index];
	}

	/** The value at this position. */
	public double value(int index) {
		return values[index];
	}

	@Override
	public Double get(Object name) {
		for (int i = 0; i < metrics.length; i++) {
			if (metrics[i].name().equals(name)) {
				return values[i];
			}
		}
		return null;
	}

	@Override
	public boolean containsKey(Object name) {
		return get(name) != null;
	}

	@Override
	public Set<Entry<String, Double>> entrySet() {
		return new AbstractSet<>() {

			@Override
			public int size() {
				return metrics.length;
			}

			@Override
			public Iterator<Entry<String, Double>> iterator() {
				return new Iterator<>() {

					private int next;

					@Override
					public boolean hasNext() {
						return next < metrics.length;
					}

					@Override
					public Entry<String, Double> next() {
						if (next >= metrics.length) {
							throw new NoSuchElementException();
						}
						int i = next++;
						return new SimpleImmutableEntry<>(metrics[i].name(), values[i]);
					}
				};
			}
		};
	}
}
