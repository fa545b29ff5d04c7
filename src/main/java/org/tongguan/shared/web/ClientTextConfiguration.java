package org.tongguan.shared.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.firewall.StrictHttpFirewall;

import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.module.SimpleModule;

/**
 * Keeps text that is not {@link ClientText#acceptable acceptable} out of the platform where it comes in: JSON strings
 * (a Jackson module Spring Boot registers with its mapper) and query and form parameters (Spring Security's firewall,
 * otherwise with its defaults; a rejection answers 400 through {@link RejectedRequestProblems} or
 * {@link ApiExceptionHandler}).
 */
@Configuration(proxyBeanMethods = false)
class ClientTextConfiguration {

	@Bean
	JacksonModule clientTextModule() {
		return new SimpleModule("client-text").addDeserializer(String.class, new ClientTextDeserializer());
	}

	@Bean
	StrictHttpFirewall clientTextFirewall() {
		StrictHttpFirewall firewall = new StrictHttpFirewall();
		firewall.setAllowedParameterNames(ClientText::acceptable);
		firewall.setAllowedParameterValues(ClientText::acceptable);
		return firewall;
	}
}
