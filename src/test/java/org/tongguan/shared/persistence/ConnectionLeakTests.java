package org.tongguan.shared.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.URI;
import java.util.List;
import java.util.StringJoiner;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.tongguan.support.OpenApiOperations;
import org.tongguan.support.OpenApiOperations.Operation;
import org.tongguan.support.PlatformTest;
import org.tongguan.support.WithDemoUser;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;

/**
 * Every read of the API gives its database connection back: each GET operation of the OpenAPI document, called more
 * often than the pool has connections, leaves no more connections in use than before. A short connection timeout
 * makes a leak fail in seconds instead of blocking every later call for the default 30.
 */
@PlatformTest
@TestPropertySource(properties = "spring.datasource.hikari.connection-timeout=1000")
class ConnectionLeakTests {

	private static final long SETTLE_MILLIS = 3_000;

	@Autowired
	MockMvc mvc;

	@Autowired
	DataSource dataSource;

	@Test
	@WithDemoUser("admin")
	void everyReadGivesItsConnectionsBackToThePool() throws Exception {
		HikariDataSource hikari = dataSource.unwrap(HikariDataSource.class);
		HikariPoolMXBean pool = hikari.getHikariPoolMXBean();
		int idle = idleLevel(pool);
		List<Operation> reads = OpenApiOperations.read(mvc).stream()
			.filter(operation -> operation.method() == HttpMethod.GET)
			.toList();
		assertThat(reads).as("GET operations in /v3/api-docs").hasSizeGreaterThan(20);
		for (Operation read : reads) {
			URI uri = URI.create(read.plausiblePath() + requiredQuery(read));
			int calls = hikari.getMaximumPoolSize() + 1;
			for (int call = 1; call <= calls; call++) {
				assertThatNoException().as("call %d of %s", call, read).isThrownBy(() -> mvc.perform(get(uri)));
			}
			assertThat(settled(pool, idle)).as("connections in use after %d calls of %s", calls, read)
				.isLessThanOrEqualTo(idle);
		}
	}

	private static String requiredQuery(Operation operation) {
		StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
		operation.in("query").stream()
			.filter(parameter -> parameter.required() && parameter.typed())
			.forEach(parameter -> query.add(parameter.name() + "="
					+ OpenApiOperations.plausible(operation, parameter)));
		return query.toString();
	}

	/** The fewest connections in use while nothing is asked of the platform (background writers come and go). */
	private static int idleLevel(HikariPoolMXBean pool) throws InterruptedException {
		int fewest = pool.getActiveConnections();
		for (int sample = 0; sample < 20; sample++) {
			Thread.sleep(25);
			fewest = Math.min(fewest, pool.getActiveConnections());
		}
		return fewest;
	}

	/** The connections in use once they are back at the idle level, or after a few seconds if they never are. */
	private static int settled(HikariPoolMXBean pool, int idle) throws InterruptedException {
		long deadline = System.currentTimeMillis() + SETTLE_MILLIS;
		while (pool.getActiveConnections() > idle && System.currentTimeMillis() < deadline) {
			Thread.sleep(20);
		}
		return pool.getActiveConnections();
	}
}
