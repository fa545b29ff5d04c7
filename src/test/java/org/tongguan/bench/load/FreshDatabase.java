package org.tongguan.bench.load;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Creates or drops a PostgreSQL database for one load-bench run, on the server a JDBC URL names (its user may create
 * databases), and prints the new database's JDBC URL.
 *
 * <pre>
 * java -cp … org.tongguan.bench.load.FreshDatabase create|drop 'jdbc:postgresql://host:5432/postgres?user=…&amp;password=…' name
 * </pre>
 */
public final class FreshDatabase {

	private FreshDatabase() {
	}

	public static void main(String[] args) throws SQLException {
		if (args.length != 3 || !args[0].equals("create") && !args[0].equals("drop")
				|| !args[2].matches("[a-z_][a-z0-9_]*")) {
			throw new IllegalArgumentException("usage: FreshDatabase create|drop <server JDBC URL> <database name>");
		}
		String url = args[0].equals("create") ? create(args[1], args[2]) : drop(args[1], args[2]);
		System.out.println(url);
	}

	/** Creates the database and answers its JDBC URL (with the server URL's parameters). */
	public static String create(String server, String name) throws SQLException {
		execute(server, "CREATE DATABASE " + name);
		return urlOf(server, name);
	}

	/** Drops the database if it exists and answers its JDBC URL. */
	public static String drop(String server, String name) throws SQLException {
		execute(server, "DROP DATABASE IF EXISTS " + name);
		return urlOf(server, name);
	}

	private static void execute(String server, String statement) throws SQLException {
		try (Connection connection = DriverManager.getConnection(server);
				Statement command = connection.createStatement()) {
			command.execute(statement);
		}
	}

	private static String urlOf(String server, String name) {
		int query = server.indexOf('?');
		String base = query < 0 ? server : server.substring(0, query);
		String parameters = query < 0 ? "" : server.substring(query);
		return base.substring(0, base.lastIndexOf('/') + 1) + name + parameters;
	}
}
