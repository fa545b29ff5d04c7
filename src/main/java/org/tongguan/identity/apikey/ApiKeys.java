package org.tongguan.identity.apikey;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongguan.identity.ApiKeyPurpose;
import org.tongguan.identity.Caller;
import org.tongguan.identity.Callers;
import org.tongguan.identity.CallingSystems;
import org.tongguan.identity.DepartmentCode;
import org.tongguan.identity.ExternalSystem;
import org.tongguan.identity.ExternalSystems;
import org.tongguan.identity.Role;
import org.tongguan.identity.audit.AuditEvent;
import org.tongguan.identity.audit.SecurityAudit;
import org.tongguan.identity.internal.EnumColumn;
import org.tongguan.identity.internal.Secrets;
import org.tongguan.identity.internal.Timestamps;
import org.tongguan.identity.user.Grant;
import org.tongguan.identity.user.GrantValidation;
import org.tongguan.region.RegionCode;
import org.tongguan.region.Regions;
import org.tongguan.shared.ConflictException;
import org.tongguan.shared.NotFoundException;
import org.tongguan.shared.Violation;

/**
 * API keys of external systems (外部系统): created by an administrator for one or more purposes and shown once,
 * stored only as the SHA-256 hash of the key (a 32-byte random secret), listed and revoked within the administrator's
 * data scope; a key works only where one of its purposes is served.
 */
@Service
public class ApiKeys implements ExternalSystems, CallingSystems {

	static final String KEY_PREFIX = "tg_";

	private static final String CALLER_PREFIX = ApiKey.callerName("");

	private static final int PREFIX_LENGTH = KEY_PREFIX.length() + 8;

	private static final String SELECT = """
			SELECT id, name, prefix, purposes, roles, scope_region, department_code, created_by, created_at,
			revoked_at FROM identity_api_key""";

	private final JdbcClient jdbc;

	private final GrantValidation grants;

	private final Regions regions;

	private final Callers callers;

	private final SecurityAudit audit;

	private final PurposePaths paths;

	private final Clock clock;

	ApiKeys(JdbcClient jdbc, GrantValidation grants, Regions regions, Callers callers, SecurityAudit audit,
			PurposePaths paths, Clock clock) {
		this.jdbc = jdbc;
		this.grants = grants;
		this.regions = regions;
		this.callers = callers;
		this.audit = audit;
		this.paths = paths;
		this.clock = clock;
	}

	@Transactional
	public CreatedApiKey create(ApiKeyDraft draft) {
		List<Violation> violations = new ArrayList<>();
		if (draft.name() == null || !draft.name().matches("[A-Za-z0-9][A-Za-z0-9._-]{1,99}")) {
			violations.add(new Violation("name", "2 to 100 letters, digits, '.', '_' or '-', starting with a letter "
					+ "or digit"));
		}
		checkPurposes(draft.purposes(), violations);
		if (draft.purposes() != null && draft.purposes().contains(ApiKeyPurpose.INDICATOR_SOURCE)
				&& (draft.department() == null || draft.department().isBlank())) {
			violations.add(new Violation("department", "a key for INDICATOR_SOURCE acts for the department that owns "
					+ "its indicators: name that department"));
		}
		Grant grant = grants.check(draft.roles(), EnumSet.of(Role.ADMIN), "an API key cannot have the ADMIN role",
				draft.scope(), draft.department(), violations);
		if (jdbc.sql("SELECT COUNT(*) FROM identity_api_key WHERE name = ? AND revoked_at IS NULL")
			.param(draft.name())
			.query(Long.class)
			.single() > 0) {
			throw new ConflictException("A working API key named " + draft.name() + " exists; revoke it first");
		}
		String secret = KEY_PREFIX + Secrets.random(32);
		String createdBy = callers.current().username();
		Instant now = clock.instant();
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO identity_api_key (name, prefix, key_hash, purposes, roles, scope_region, department_code,
				created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(draft.name(), secret.substring(0, PREFIX_LENGTH), Secrets.sha256(secret),
					EnumColumn.write(draft.purposes()), EnumColumn.write(grant.roles()), grant.scope().value(),
					grant.department() == null ? null : grant.department().value(), createdBy, Timestamps.of(now))
			.update(keys, "id");
		audit.record(AuditEvent.API_KEY_CREATED, createdBy, secret.substring(0, PREFIX_LENGTH),
				draft.name() + " for " + new TreeSet<>(draft.purposes()) + " " + grant.roles() + " scope "
						+ grant.scope());
		return new CreatedApiKey(get(keys.getKey().longValue()), secret);
	}

	/** The keys (working and revoked) whose scope lies within the caller's scope, newest first. */
	public List<ApiKey> list() {
		RegionCode own = callers.current().scope();
		return jdbc.sql(SELECT + " ORDER BY id DESC")
			.query(ApiKeys::read)
			.list()
			.stream()
			.filter(key -> regions.isWithin(key.scope(), own))
			.toList();
	}

	@Transactional
	public void revoke(long id) {
		ApiKey key = get(id);
		callers.requireScope(key.scope());
		if (key.revokedAt() == null) {
			jdbc.sql("UPDATE identity_api_key SET revoked_at = ? WHERE id = ?")
				.params(Timestamps.of(clock.instant()), id)
				.update();
			audit.record(AuditEvent.API_KEY_REVOKED, callers.current().username(), key.prefix(), key.name());
		}
	}

	/** The working key with this secret. */
	public Optional<ApiKey> resolve(String secret) {
		if (secret == null || !secret.startsWith(KEY_PREFIX)) {
			return Optional.empty();
		}
		return jdbc.sql(SELECT + " WHERE key_hash = ? AND revoked_at IS NULL")
			.param(Secrets.sha256(secret))
			.query(ApiKeys::read)
			.optional();
	}

	/**
	 * Whether the key may call this path (within the application): only paths a module declared for one of the key's
	 * purposes ({@link org.tongguan.identity.ApiKeyPaths}).
	 */
	public boolean serves(ApiKey key, String path) {
		return paths.permit(key.purposes(), path);
	}

	@Override
	public Optional<Caller> authenticate(String apiKey, ApiKeyPurpose purpose) {
		return resolve(apiKey).filter(key -> key.purposes().contains(purpose)).map(ApiKey::caller);
	}

	@Override
	public Optional<ExternalSystem> of(Caller caller) {
		if (!caller.username().startsWith(CALLER_PREFIX)) {
			return Optional.empty();
		}
		return jdbc.sql(SELECT + " WHERE name = ? AND revoked_at IS NULL")
			.param(caller.username().substring(CALLER_PREFIX.length()))
			.query(ApiKeys::read)
			.optional()
			.map(key -> new ExternalSystem(key.name(), key.purposes(), key.department(), key.scope()));
	}

	private static void checkPurposes(Set<ApiKeyPurpose> purposes, List<Violation> violations) {
		if (purposes == null || purposes.isEmpty() || purposes.stream().anyMatch(Objects::isNull)) {
			violations.add(new Violation("purposes", "name one or more purposes: " + Arrays.stream(ApiKeyPurpose
				.values()).map(purpose -> purpose + " (" + purpose.label() + ")").collect(Collectors.joining(", "))));
		}
	}

	private ApiKey get(long id) {
		return jdbc.sql(SELECT + " WHERE id = ?")
			.param(id)
			.query(ApiKeys::read)
			.optional()
			.orElseThrow(() -> new NotFoundException("No API key has the id " + id));
	}

	private static ApiKey read(ResultSet rs, int row) throws SQLException {
		String department = rs.getString("department_code");
		return new ApiKey(rs.getLong("id"), rs.getString("name"), rs.getString("prefix"),
				EnumColumn.read(rs.getString("purposes"), ApiKeyPurpose.class),
				EnumColumn.read(rs.getString("roles"), Role.class), RegionCode.of(rs.getString("scope_region")),
				department == null ? null : new DepartmentCode(department), rs.getString("created_by"),
				Timestamps.instant(rs.getObject("created_at", OffsetDateTime.class)),
				Timestamps.instant(rs.getObject("revoked_at", OffsetDateTime.class)));
	}
}
