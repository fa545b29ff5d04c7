package org.tongguan.shared.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

/**
 * A repair of what H2 can come back from a crash with (decision 0012), run as a Flyway callback after the migrations
 * of every start, on H2 only; PostgreSQL needs none.
 */
abstract class H2StartRepair implements Callback {

	private final String name;

	/** @param name what is repaired, as Flyway names the callback and a failure names the repair */
	H2StartRepair(String name) {
		this.name = name;
	}

	/** Repairs the database through the statement. */
	abstract void repair(Statement statement) throws SQLException;

	@Override
	public boolean supports(Event event, Context context) {
		return event == Event.AFTER_MIGRATE;
	}

	@Override
	public boolean canHandleInTransaction(Event event, Context context) {
		return true;
	}

	@Override
	public void handle(Event event, Context context) {
		Connection connection = context.getConnection();
		try {
			if (!"H2".equals(connection.getMetaData().getDatabaseProductName())) {
				return;
			}
			try (Statement statement = connection.createStatement()) {
				repair(statement);
			}
		}
		catch (SQLException e) {
			throw new IllegalStateException("H2 start repair failed: " + name, e);
		}
	}

	@Override
	public String getCallbackName() {
		return name;
	}
}
