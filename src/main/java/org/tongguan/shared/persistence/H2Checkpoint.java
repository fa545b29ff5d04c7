package org.tongguan.shared.persistence;

import java.sql.Connection;
import java.sql.SQLException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Has an H2 file database write the pages changed so far, committed or not, as a chunk of their own
 * ({@code CHECKPOINT}); on another database it does nothing. H2 serializes each chunk whole in one heap buffer, so a transaction that
 * changes tens of megabytes while others write beside it can make a chunk too large for the heap; a writer that
 * checkpoints after each few megabytes keeps the chunks that size. H2 lets administrators alone checkpoint: for
 * another user it stays a no-op.
 */
public final class H2Checkpoint {

	private static final Logger log = LoggerFactory.getLogger(H2Checkpoint.class);

	/** H2's error code for a statement only administrators may run. */
	private static final int ADMIN_RIGHTS_REQUIRED = 90040;

	private final JdbcTemplate jdbc;

	private volatile boolean enabled;

	private H2Checkpoint(JdbcTemplate jdbc, boolean enabled) {
		this.jdbc = jdbc;
		this.enabled = enabled;
	}

	/** The checkpoint of the database behind the template. */
	public static H2Checkpoint of(JdbcTemplate jdbc) {
		Boolean h2 = jdbc.execute(
				(Connection connection) -> "H2".equals(connection.getMetaData().getDatabaseProductName()));
		return new H2Checkpoint(jdbc, Boolean.TRUE.equals(h2));
	}

	/** Writes the changed pages now, on H2, in the caller's transaction (which stays open). */
	public void run() {
		if (!enabled) {
			return;
		}
		try {
			jdbc.execute("CHECKPOINT");
		}
		catch (DataAccessException e) {
			if (e.getMostSpecificCause() instanceof SQLException sql && sql.getErrorCode() == ADMIN_RIGHTS_REQUIRED) {
				log.info("H2 checkpoints skipped: the database user is not an administrator");
				enabled = false;
				return;
			}
			throw e;
		}
	}
}
