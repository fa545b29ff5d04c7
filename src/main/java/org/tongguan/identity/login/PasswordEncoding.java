package org.tongguan.identity.login;

import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Hashes passwords with Argon2id; stored hashes carry their algorithm ({@code {argon2}...}) so a stronger algorithm
 * can become the default later while old hashes keep matching.
 */
@Configuration(proxyBeanMethods = false)
class PasswordEncoding {

	static final String CURRENT = "argon2";

	@Bean
	PasswordEncoder passwordEncoder() {
		return new DelegatingPasswordEncoder(CURRENT,
				Map.of(CURRENT, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8()));
	}
}
