package org.tongguan.indicator.computed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.tongguan.casework.Channel;
import org.tongguan.indicator.IndicatorCode;
import org.tongguan.shared.CsvTable;

/**
 * 计算指标 — which indicators the platform computes, and from what: read once from
 * {@code indicator/computed/cases.csv} (indicator, figure, channel, category prefix) and {@code sensing.csv}
 * (indicator, device type, metric, statistic, scale).
 */
@Component
public class ComputedIndicators {

	private final Map<IndicatorCode, CaseBasis> cases;

	private final Map<IndicatorCode, SensingBasis> sensing;

	ComputedIndicators() {
		this.cases = read("indicator/computed/cases.csv", row -> new CaseBasis(IndicatorCode.of(row.get("indicator")),
				CaseFigure.valueOf(row.get("figure")),
				row.get("channel") == null ? null : Channel.valueOf(row.get("channel")), row.get("category")));
		this.sensing = read("indicator/computed/sensing.csv", row -> new SensingBasis(
				IndicatorCode.of(row.get("indicator")), row.get("deviceType"), row.get("metric"),
				SensingBasis.Statistic.valueOf(row.get("statistic")), Double.parseDouble(row.get("scale"))));
	}

	/** What the platform computes the indicator from, empty when its values come from its source. */
	public Optional<ComputedFrom> of(IndicatorCode code) {
		if (cases.containsKey(code)) {
			return Optional.of(ComputedFrom.CASES);
		}
		return sensing.containsKey(code) ? Optional.of(ComputedFrom.SENSING) : Optional.empty();
	}

	Optional<CaseBasis> caseBasis(IndicatorCode code) {
		return Optional.ofNullable(cases.get(code));
	}

	Collection<CaseBasis> cases() {
		return cases.values();
	}

	Collection<SensingBasis> sensing() {
		return sensing.values();
	}

	private static <T> Map<IndicatorCode, T> read(String path, Function<CsvTable.Row, T> basis) {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			Map<IndicatorCode, T> read = new LinkedHashMap<>();
			for (CsvTable.Row row : CsvTable.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)).rows()) {
				read.put(IndicatorCode.of(row.get("indicator")), basis.apply(row));
			}
			return Map.copyOf(read);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read " + path, e);
		}
	}
}
