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
				.description("City operations platform (一网统管): regions and grids, departments and people, the item "
						+ "catalogue (事项清单), the working calendar and, later, case handling and sensing. Errors are "
						+ "RFC 9457 problem details; invalid input lists field-level messages under `errors`.")
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
