package org.tongguan.console.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

/** The base layer setting: its origin goes into the Content-Security-Policy, and only http(s) templates are taken. */
class ConsolePropertiesTests {

	@Test
	void noBaseLayerByDefaultSoNoOriginIsAllowed() {
		assertThat(new ConsoleProperties("", "").baseLayerOrigin()).isEmpty();
	}

	@Test
	void theOriginOfATileTemplateIsItsSchemeHostAndPort() {
		assertThat(new ConsoleProperties(
				"https://t0.tianditu.gov.cn/vec_w/wmts?SERVICE=WMTS&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=key", "天地图")
			.baseLayerOrigin()).contains("https://t0.tianditu.gov.cn");
		assertThat(new ConsoleProperties("http://tiles.local:8081/{z}/{x}/{y}.png", "").baseLayerOrigin())
			.contains("http://tiles.local:8081");
	}

	@Test
	void theConsoleAsksTheContentSecurityPolicyForTheBaseLayersOriginOnly() {
		ConsoleConfiguration configuration = new ConsoleConfiguration();
		assertThat(configuration.consoleBaseLayer(new ConsoleProperties("", "")).origins()).isEmpty();
		assertThat(configuration
			.consoleBaseLayer(new ConsoleProperties("https://tiles.example.org:8443/base/{z}/{x}/{y}.png", "Example"))
			.origins()).containsExactly("https://tiles.example.org:8443");
	}

	@Test
	void aTemplateThatIsNoHttpUrlIsRefusedAtStartUp() {
		assertThatIllegalArgumentException().isThrownBy(() -> new ConsoleProperties("file:///tiles/{z}/{x}/{y}", ""));
		assertThatIllegalArgumentException().isThrownBy(() -> new ConsoleProperties("javascript:alert(1)", ""));
	}
}
