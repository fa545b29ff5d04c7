package org.tongguan.identity.user;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongguan.identity.Caller;
import org.tongguan.identity.Callers;
import org.tongguan.identity.Role;
import org.tongguan.identity.audit.AuditEvent;
import org.tongguan.identity.audit.SecurityAudit;
import org.tongguan.identity.login.AccessTokens;
import org.tongguan.region.RegionCode;
import org.tongguan.region.Regions;
import org.tongguan.shared.ConflictException;
import org.tongguan.shared.InvalidInputException;
import org.tongguan.shared.NotFoundException;
import org.tongguan.shared.Violation;

/**
 * User administration (用户管理): an administrator manages only users whose data scope lies within their own; every
 * change is audited.
 */
@Service
public class UserAdministration {

	private static final String USERNAME = "[a-z0-9][a-z0-9._-]{1,63}";

	private static final String PHONE = "\\+?[0-9][0-9 -]{6,19}";

	private final UserStore users;

	private final GrantValidation grants;

	private final PasswordPolicy policy;

	private final PasswordEncoder encoder;

	private final AccessTokens tokens;

	private final Regions regions;

	private final Callers callers;

	private final SecurityAudit audit;

	private final Clock clock;

	UserAdministration(UserStore users, GrantValidation grants, PasswordPolicy policy, PasswordEncoder encoder,
			AccessTokens tokens, Regions regions, Callers callers, SecurityAudit audit, Clock clock) {
		this.users = users;
		this.grants = grants;
		this.policy = policy;
		this.encoder = encoder;
		this.tokens = tokens;
		this.regions = regions;
		this.callers = callers;
		this.audit = audit;
		this.clock = clock;
	}

	/** The users within the administrator's scope, ordered by username. */
	public List<UserAccount> list() {
		Caller admin = callers.current();
		return users.all().stream().filter(user -> regions.isWithin(user.scope(), admin.scope())).toList();
	}

	/** The user, if within the administrator's scope. */
	public UserAccount get(String username) {
		UserAccount user = users.find(username)
			.orElseThrow(() -> new NotFoundException("No user has the username " + username));
		callers.requireScope(user.scope());
		return user;
	}

	@Transactional
	public UserAccount create(String username, String password, UserDraft draft) {
		List<Violation> violations = new ArrayList<>();
		checkUsername(username, violations);
		policy.check("password", password, username, violations);
		Grant grant = validated(draft, violations);
		if (users.find(username).isPresent()) {
			throw new ConflictException("A user with the username " + username + " already exists");
		}
		users.insert(new UserAccount(0, username, draft.displayName().strip(), phone(draft), encoder.encode(password),
				grant.roles(), grant.scope(), grant.department(), true, 0, null, clock.instant()));
		audit.record(AuditEvent.USER_CREATED, callers.current().username(), username, describe(grant));
		return users.find(username).orElseThrow();
	}

	/**
	 * Creates the first administrator (role ADMIN, the platform-wide scope {@code 000000}) for the setup path, where
	 * nobody is signed in; the caller checked the setup token.
	 */
	@Transactional
	UserAccount createFirstAdministrator(String username, String password, String displayName) {
		List<Violation> violations = new ArrayList<>();
		checkUsername(username, violations);
		policy.check("password", password, username, violations);
		if (displayName == null || displayName.isBlank() || displayName.length() > 100) {
			violations.add(new Violation("displayName", "is required and has at most 100 characters"));
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException("Invalid input", violations);
		}
		if (users.find(username).isPresent()) {
			throw new ConflictException("A user with the username " + username + " already exists");
		}
		users.insert(new UserAccount(0, username, displayName.strip(), null, encoder.encode(password),
				Set.of(Role.ADMIN), RegionCode.PLATFORM, null, true, 0, null, clock.instant()));
		audit.record(AuditEvent.FIRST_ADMINISTRATOR_CREATED, username, username,
				"roles [ADMIN], scope " + RegionCode.PLATFORM + " (platform-wide), through the setup token");
		return users.find(username).orElseThrow();
	}

	@Transactional
	public UserAccount update(String username, UserDraft draft) {
		UserAccount user = get(username);
		Grant grant = validated(draft, new ArrayList<>());
		users.updateProfile(user.withProfile(draft.displayName().strip(), phone(draft), grant));
		audit.record(AuditEvent.USER_CHANGED, callers.current().username(), username, describe(grant));
		return users.find(username).orElseThrow();
	}

	@Transactional
	public UserAccount setEnabled(String username, boolean enabled) {
		UserAccount user = get(username);
		String admin = callers.current().username();
		if (!enabled && username.equals(admin)) {
			throw new ConflictException("You cannot disable your own account");
		}
		users.updateProfile(user.withEnabled(enabled));
		if (!enabled) {
			tokens.revokeAll(user.id());
		}
		audit.record(enabled ? AuditEvent.USER_ENABLED : AuditEvent.USER_DISABLED, admin, username, null);
		return users.find(username).orElseThrow();
	}

	/** Sets a new password chosen by the administrator, unlocks the account and revokes its tokens. */
	@Transactional
	public void resetPassword(String username, String password) {
		UserAccount user = get(username);
		List<Violation> violations = new ArrayList<>();
		policy.check("password", password, username, violations);
		if (!violations.isEmpty()) {
			throw new InvalidInputException("Invalid password", violations);
		}
		users.updatePassword(user.id(), encoder.encode(password));
		tokens.revokeAll(user.id());
		audit.record(AuditEvent.PASSWORD_RESET, callers.current().username(), username, null);
	}

	/** Changes the caller's own password after checking the current one; revokes the caller's bearer tokens. */
	@Transactional
	public void changeOwnPassword(String currentPassword, String newPassword) {
		String username = callers.current().username();
		UserAccount user = users.find(username)
			.orElseThrow(() -> new AccessDeniedException("Only users have a password"));
		List<Violation> violations = new ArrayList<>();
		if (currentPassword == null || !encoder.matches(currentPassword, user.passwordHash())) {
			violations.add(new Violation("currentPassword", "is not your current password"));
		}
		policy.check("newPassword", newPassword, username, violations);
		if (violations.isEmpty() && newPassword.equals(currentPassword)) {
			violations.add(new Violation("newPassword", "must differ from the current password"));
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException("Password not changed", violations);
		}
		users.updatePassword(user.id(), encoder.encode(newPassword));
		tokens.revokeAll(user.id());
		audit.record(AuditEvent.PASSWORD_CHANGED, username, username, null);
	}

	private Grant validated(UserDraft draft, List<Violation> violations) {
		if (draft.displayName() == null || draft.displayName().isBlank() || draft.displayName().length() > 100) {
			violations.add(new Violation("displayName", "is required and has at most 100 characters"));
		}
		if (draft.phone() != null && !draft.phone().isBlank() && !draft.phone().strip().matches(PHONE)) {
			violations.add(new Violation("phone", "is not a phone number"));
		}
		return grants.check(draft.roles(), EnumSet.of(Role.EXTERNAL_SYSTEM),
				"EXTERNAL_SYSTEM is for API keys, not users", draft.scope(), draft.department(), violations);
	}

	private static void checkUsername(String username, List<Violation> violations) {
		if (username == null || !username.matches(USERNAME)) {
			violations.add(new Violation("username",
					"2 to 64 lower-case letters, digits, '.', '_' or '-', starting with a letter or digit"));
		}
	}

	private static String phone(UserDraft draft) {
		return draft.phone() == null || draft.phone().isBlank() ? null : draft.phone().strip();
	}

	private static String describe(Grant grant) {
		return "roles " + grant.roles() + ", scope " + grant.scope()
				+ (grant.department() == null ? "" : ", department " + grant.department());
	}
}
