package org.tongguan.indicator.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.tongguan.identity.Caller;
import org.tongguan.identity.Role;
import org.tongguan.indicator.IndicatorCode;
import org.tongguan.indicator.IndicatorPlan;
import org.tongguan.indicator.IndicatorSource;
import org.tongguan.indicator.internal.IndicatorProperties;
import org.tongguan.indicator.value.IngestResult;
import org.tongguan.indicator.value.ValueIngest;
import org.tongguan.region.RegionCode;

/**
 * Stores demo values through the value import, as each indicator's source system would send them: per source system
 * one CSV file (several when it holds more than one import may), imported under the system's name, so every value
 * keeps its source system as its sender.
 */
@Component
class DemoValueImport {

	private final ValueIngest ingest;

	private final IndicatorProperties properties;

	DemoValueImport(ValueIngest ingest, IndicatorProperties properties) {
		this.ingest = ingest;
		this.properties = properties;
	}

	/** Stores the values; {@code plans} has the plan of each value's indicator. */
	int store(List<DemoValue> values, Map<IndicatorCode, IndicatorPlan> plans) {
		Map<IndicatorSource, List<DemoValue>> bySource = new LinkedHashMap<>();
		values.forEach(value -> bySource.computeIfAbsent(plans.get(value.indicator()).source(),
				source -> new ArrayList<>()).add(value));
		int stored = 0;
		for (Map.Entry<IndicatorSource, List<DemoValue>> source : bySource.entrySet()) {
			Caller system = new Caller(source.getKey().system(), source.getKey().system(), Set.of(Role.ADMIN),
					RegionCode.PLATFORM, source.getKey().department());
			List<DemoValue> sent = source.getValue();
			for (int from = 0; from < sent.size(); from += properties.maxBatchValues()) {
				List<DemoValue> batch = sent.subList(from, Math.min(sent.size(), from + properties.maxBatchValues()));
				IngestResult result = ingest.importCsv(csv(batch), system);
				stored += result.created() + result.revised();
			}
		}
		return stored;
	}

	/** The values as CSV; no cell needs quoting (codes, periods and plain numbers). */
	private static String csv(List<DemoValue> values) {
		StringBuilder csv = new StringBuilder(values.size() * 40).append("indicator,region,period,value\n");
		for (DemoValue value : values) {
			csv.append(value.indicator().value()).append(',').append(value.region().value()).append(',')
				.append(value.period().text()).append(',').append(BigDecimal.valueOf(value.value()).toPlainString())
				.append('\n');
		}
		return csv.toString();
	}
}
