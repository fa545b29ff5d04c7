package org.tongguan.shared.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/** Describes the REST API for OpenAPI 3 and Swagger UI, with the three ways a caller authenticates. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI tongguanOpenApi() {
		return new OpenAPI()
			.info(new Info().title("Tongguan (统管) API")
				.description("""
						City operations platform (城市运行"一网统管"): regions and grids, departments and people, the \
						item catalogue (事项清单), the working calendar, cases in their closed loop (上报 → 受理 → 立案 → \
						派遣 → 处置 → 核查 → 结案 → 评价), statistics, devices, telemetry and alarms, and Open311.

						**Calling it.** Get a token with `POST /api/auth/tokens` (username and password) and send \
						`Authorization: Bearer <token>`; external systems send `X-API-Key`. In Swagger UI press \
						*Authorize*. This document is public; the calls are not, except those marked as public.

						**Who may call.** Each operation's description ends with the roles that may call it (also \
						`x-roles`); everything a caller reads or changes is limited to their data scope (a region \
						subtree), and what lies outside it answers 404.

						**Errors** are RFC 9457 problem details (`ProblemDetail`); invalid input (400) lists every \
						wrong field, CSV line or GeoJSON feature under `errors[]`, and nothing is stored.""")
				.version("0.1")
				.license(new License().name("Apache-2.0")))
			.components(new Components()
				.addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
					.description("Token from POST /api/auth/tokens"))
				.addSecuritySchemes("apiKey", new SecurityScheme().type(SecurityScheme.Type.APIKEY)
					.in(SecurityScheme.In.HEADER).name("X-API-Key").description("Key of an external system"))
				.addSecuritySchemes("session", new SecurityScheme().type(SecurityScheme.Type.APIKEY)
					.in(SecurityScheme.In.COOKIE).name("JSESSIONID").description("Console session after /login")))
			.addSecurityItem(new SecurityRequirement().addList("bearer"))
			.addSecurityItem(new SecurityRequirement().addList("apiKey"))
			.addSecurityItem(new SecurityRequirement().addList("session"));
	}
}
