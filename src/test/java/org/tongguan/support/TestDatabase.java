package org.tongguan.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives every test application context a database of its own: a uniquely named H2 in-memory database, or, when
 * {@code TONGGUAN_TEST_POSTGRES_URL} names a PostgreSQL server, a freshly created database on it; its name also
 * names the context's data directory ({@code tongguan.test.context}, see the test {@code application.yml}), so no two
 * contexts or test runs share stored files.
 */
public class TestDatabase implements EnvironmentPostProcessor {

	static final String POSTGRES_URL = "TONGGUAN_TEST_POSTGRES_URL";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String name = "tongguan_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		String server = System.getenv(POSTGRES_URL);
		String url = server == null || server.isBlank()
				? "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000"
				: createPostgresDatabase(server, name);
		environment.getPropertySources()
			.addFirst(new MapPropertySource("testDatabase", Map.of("spring.datasource.url", url)));
		environment.getPropertySources()
			.addLast(new MapPropertySource("testContext", Map.of("tongguan.test.context", name)));
	}

	private static String createPostgresDatabase(String serverUrl, String name) {
		try (Connection connection = DriverManager.getConnection(serverUrl);
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE " + name);
		}
		catch (SQLException e) {
			throw new IllegalStateException("Cannot create test database on " + serverUrl, e);
		}
		int query = serverUrl.indexOf('?');
		String base = query < 0 ? serverUrl : serverUrl.substring(0, query);
		String parameters = query < 0 ? "" : serverUrl.substring(query);
		return base.substring(0, base.lastIndexOf('/') + 1) + name + parameters;
	}
}
