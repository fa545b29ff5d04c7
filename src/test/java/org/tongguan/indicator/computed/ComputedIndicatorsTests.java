package org.tongguan.indicator.computed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.tongguan.indicator.IndicatorCode;
import org.tongguan.shared.CsvTable;

/**
 * The mapping of computed indicators against the demo registry: every mapped indicator is one the registry says the
 * platform computes (source system {@code tongguan}), case-based ones from the case statistics (由平台按案件统计计算),
 * sensing-based ones from the devices (物联感知).
 */
class ComputedIndicatorsTests {

	private final ComputedIndicators computed = new ComputedIndicators();

	@Test
	void everyMappedIndicatorIsOneTheRegistrySaysThePlatformComputesFromThatData() throws IOException {
		Map<String, CsvTable.Row> registry = registry();
		assertThat(computed.cases()).hasSize(22).allSatisfy(basis -> {
			CsvTable.Row row = registry.get(basis.indicator().value());
			assertThat(row.get("sourceSystem")).as(basis.indicator().value()).isEqualTo("tongguan");
			assertThat(row.get("method")).as(basis.indicator().value()).startsWith("由平台按案件统计计算");
		});
		assertThat(computed.sensing()).hasSize(4).allSatisfy(basis -> {
			CsvTable.Row row = registry.get(basis.indicator().value());
			assertThat(row.get("sourceSystem")).isEqualTo("tongguan");
			assertThat(row.get("method")).contains("物联感知").contains(basis.deviceType()).contains(basis.metric());
		});
		assertThat(computed.of(IndicatorCode.of("L14P2-A3"))).contains(ComputedFrom.CASES);
		assertThat(computed.of(IndicatorCode.of("L8P1-A8"))).contains(ComputedFrom.SENSING);
		assertThat(computed.of(IndicatorCode.of("L14P1-A1"))).isEmpty();
	}

	private static Map<String, CsvTable.Row> registry() throws IOException {
		try (InputStream in = new ClassPathResource("indicator/demo/registry.csv").getInputStream()) {
			return CsvTable.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)).rows().stream()
				.collect(Collectors.toMap(row -> row.get("code"), Function.identity()));
		}
	}
}
