package org.tongguan.identity.web;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tongguan.identity.PersonalData;
import org.tongguan.identity.Role;
import org.tongguan.identity.internal.UserAccount;
import org.tongguan.identity.internal.UserAdministration;
import org.tongguan.identity.internal.UserDraft;

/**
 * User administration (用户管理) for administrators, limited to users within their data scope; lists show phone
 * numbers masked.
 */
@RestController
@RequestMapping("/api/admin/users")
@PreAuthorize("hasRole('ADMIN')")
class UserAdminController {

	private final UserAdministration users;

	private final Clock clock;

	UserAdminController(UserAdministration users, Clock clock) {
		this.users = users;
		this.clock = clock;
	}

	@GetMapping
	List<UserView> list() {
		Instant now = clock.instant();
		return users.list().stream().map(user -> UserView.of(user, PersonalData.maskPhone(user.phone()), now)).toList();
	}

	@GetMapping("/{username}")
	UserView get(@PathVariable String username) {
		return view(users.get(username));
	}

	@PostMapping
	ResponseEntity<UserView> create(@RequestBody NewUser request) {
		UserView created = view(users.create(request.username(), request.password(), request.draft()));
		return ResponseEntity.created(URI.create("/api/admin/users/" + created.username())).body(created);
	}

	@PutMapping("/{username}")
	UserView update(@PathVariable String username, @RequestBody UserChange request) {
		return view(users.update(username, request.draft()));
	}

	@PostMapping("/{username}/disable")
	UserView disable(@PathVariable String username) {
		return view(users.setEnabled(username, false));
	}

	@PostMapping("/{username}/enable")
	UserView enable(@PathVariable String username) {
		return view(users.setEnabled(username, true));
	}

	@PostMapping("/{username}/password")
	ResponseEntity<Void> resetPassword(@PathVariable String username, @RequestBody PasswordReset request) {
		users.resetPassword(username, request.password());
		return ResponseEntity.noContent().build();
	}

	private UserView view(UserAccount user) {
		return UserView.of(user, user.phone(), clock.instant());
	}

	record NewUser(String username, String password, String displayName, String phone, Set<Role> roles,
			String scope, String department) {

		UserDraft draft() {
			return new UserDraft(displayName, phone, roles, scope, department);
		}

		@Override
		public String toString() {
			return "NewUser[username=" + username + "]";
		}
	}

	record UserChange(String displayName, String phone, Set<Role> roles, String scope, String department) {

		UserDraft draft() {
			return new UserDraft(displayName, phone, roles, scope, department);
		}
	}

	record PasswordReset(String password) {

		@Override
		public String toString() {
			return "PasswordReset[***]";
		}
	}

	record UserView(String username, String displayName, String phone, List<RoleView> roles, String scope,
			String department, boolean enabled, Instant lockedUntil, Instant createdAt) {

		static UserView of(UserAccount user, String phone, Instant now) {
			return new UserView(user.username(), user.displayName(), phone, RoleView.of(user.roles()),
					user.scope().value(), user.department() == null ? null : user.department().value(),
					user.enabled(), user.lockedAt(now) ? user.lockedUntil() : null, user.createdAt());
		}
	}
}
