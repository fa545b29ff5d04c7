package org.tongguan.identity.user;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tongguan.identity.DepartmentCode;
import org.tongguan.identity.Role;
import org.tongguan.identity.internal.EnumColumn;
import org.tongguan.identity.internal.Timestamps;
import org.tongguan.region.RegionCode;

/** Reads and writes user accounts and their lockout state. */
@Repository
public class UserStore {

	private static final String SELECT = """
			SELECT id, username, display_name, phone, password_hash, roles, scope_region, department_code, enabled,
			failed_logins, locked_until, created_at FROM identity_user""";

	private final JdbcClient jdbc;

	UserStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<UserAccount> find(String username) {
		return jdbc.sql(SELECT + " WHERE username = ?").param(username).query(UserStore::read).optional();
	}

	/** The enabled user holding this unexpired token, read in one query as every authenticated request does. */
	public Optional<UserAccount> holderOf(String tokenHash, Instant now) {
		return jdbc.sql(SELECT + " WHERE enabled = TRUE AND id = "
				+ "(SELECT user_id FROM identity_access_token WHERE token_hash = ? AND expires_at > ?)")
			.params(tokenHash, Timestamps.of(now))
			.query(UserStore::read)
			.optional();
	}

	List<UserAccount> all() {
		return jdbc.sql(SELECT + " ORDER BY username").query(UserStore::read).list();
	}

	public boolean isEmpty() {
		return jdbc.sql("SELECT COUNT(*) FROM identity_user").query(Long.class).single() == 0;
	}

	public void insert(UserAccount user) {
		jdbc.sql("""
				INSERT INTO identity_user (username, display_name, phone, password_hash, roles, scope_region,
				department_code, enabled, failed_logins, locked_until, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(user.username(), user.displayName(), user.phone(), user.passwordHash(),
					EnumColumn.write(user.roles()), user.scope().value(), code(user.department()), user.enabled(),
					user.failedLogins(), Timestamps.of(user.lockedUntil()), Timestamps.of(user.createdAt()))
			.update();
	}

	/** Writes the profile (name, phone, roles, scope, department, enabled); not the password or lockout state. */
	void updateProfile(UserAccount user) {
		jdbc.sql("""
				UPDATE identity_user SET display_name = ?, phone = ?, roles = ?, scope_region = ?,
				department_code = ?, enabled = ? WHERE id = ?""")
			.params(user.displayName(), user.phone(), EnumColumn.write(user.roles()), user.scope().value(),
					code(user.department()), user.enabled(), user.id())
			.update();
	}

	/** Sets a new password hash and clears any lockout. */
	public void updatePassword(long id, String passwordHash) {
		jdbc.sql("UPDATE identity_user SET password_hash = ?, failed_logins = 0, locked_until = NULL WHERE id = ?")
			.params(passwordHash, id)
			.update();
	}

	/** Counts one more failed login and returns the new count. */
	public int countFailure(long id) {
		jdbc.sql("UPDATE identity_user SET failed_logins = failed_logins + 1 WHERE id = ?").param(id).update();
		return jdbc.sql("SELECT failed_logins FROM identity_user WHERE id = ?").param(id).query(Integer.class).single();
	}

	public void lock(long id, Instant until) {
		jdbc.sql("UPDATE identity_user SET failed_logins = 0, locked_until = ? WHERE id = ?")
			.params(Timestamps.of(until), id)
			.update();
	}

	public void clearFailures(long id) {
		jdbc.sql("UPDATE identity_user SET failed_logins = 0, locked_until = NULL WHERE id = ?").param(id).update();
	}

	private static String code(DepartmentCode department) {
		return department == null ? null : department.value();
	}

	private static UserAccount read(ResultSet rs, int row) throws SQLException {
		String department = rs.getString("department_code");
		return new UserAccount(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
				rs.getString("phone"), rs.getString("password_hash"), EnumColumn.read(rs.getString("roles"), Role.class),
				RegionCode.of(rs.getString("scope_region")),
				department == null ? null : new DepartmentCode(department), rs.getBoolean("enabled"),
				rs.getInt("failed_logins"), Timestamps.instant(rs.getObject("locked_until", OffsetDateTime.class)),
				Timestamps.instant(rs.getObject("created_at", OffsetDateTime.class)));
	}
}
