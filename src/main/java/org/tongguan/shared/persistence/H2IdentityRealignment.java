package org.tongguan.shared.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * On H2, after the migrations of every start, moves each identity column's next value past the highest id stored.
 * H2 can come back from a crash (kill -9) with an identity generator behind rows committed before it — it keeps the
 * generator's state apart from the rows — and the next insert into such a table would fail on its primary key
 * (decision 0012). PostgreSQL logs its sequences ahead of use and needs nothing.
 */
@Component
class H2IdentityRealignment extends H2StartRepair {

	private static final Logger log = LoggerFactory.getLogger(H2IdentityRealignment.class);

	H2IdentityRealignment() {
		super("H2 identity realignment");
	}

	@Override
	void repair(Statement statement) throws SQLException {
		for (Map.Entry<String, String> column : identityColumns(statement).entrySet()) {
			realign(statement, column.getKey(), column.getValue());
		}
	}

	/** Table → identity column, in the current schema. */
	private static Map<String, String> identityColumns(Statement statement) throws SQLException {
		Map<String, String> columns = new LinkedHashMap<>();
		try (ResultSet identities = statement.executeQuery("SELECT TABLE_NAME, COLUMN_NAME FROM "
				+ "INFORMATION_SCHEMA.COLUMNS WHERE IS_IDENTITY = 'YES' AND TABLE_SCHEMA = CURRENT_SCHEMA")) {
			while (identities.next()) {
				columns.put(identities.getString(1), identities.getString(2));
			}
		}
		return columns;
	}

	private static void realign(Statement statement, String table, String column) throws SQLException {
		long highest;
		long next;
		try (ResultSet values = statement.executeQuery("SELECT (SELECT MAX(\"" + column + "\") FROM \"" + table
				+ "\"), (SELECT IDENTITY_BASE FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = CURRENT_SCHEMA"
				+ " AND TABLE_NAME = '" + table + "' AND COLUMN_NAME = '" + column + "')")) {
			values.next();
			highest = values.getLong(1);
			next = values.getLong(2);
		}
		if (highest >= next) {
			log.warn("Identity of {}.{} was at {} behind the highest stored id {} (an unclean shutdown); restarting "
					+ "it at {}", table, column, next, highest, highest + 1);
			statement.execute("ALTER TABLE \"" + table + "\" ALTER COLUMN \"" + column + "\" RESTART WITH "
					+ (highest + 1));
		}
	}
}
