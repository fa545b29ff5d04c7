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
import org.tongguan.identity.user.UserAccount;
import org.tongguan.identity.user.UserAdministration;
import org.tongguan.identity.user.UserDraft;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * User administration (用户管理) for administrators, limited to users within their data scope; lists show phone
 * numbers masked.
 */
@RestController
@RequestMapping("/api/admin/users")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Administration: users (用户管理)")
class UserAdminController {

	private final UserAdministration users;

	private final Clock clock;

	UserAdminController(UserAdministration users, Clock clock) {
		this.users = users;
		this.clock = clock;
	}

	@GetMapping
	@Operation(summary = "List users (用户管理)", description = """
			The users within the administrator's data scope, phone numbers masked, with whether each is enabled or \
			locked after failed logins.""")
	List<UserView> list() {
		Instant now = clock.instant();
		return users.list().stream().map(user -> UserView.of(user, PersonalData.maskPhone(user.phone()), now)).toList();
	}

	@GetMapping("/{username}")
	@Operation(summary = "Read one user", description = "One user within the administrator's data scope.")
	UserView get(@PathVariable String username) {
		return view(users.get(username));
	}

	@PostMapping
	@Operation(summary = "Create a user (新增用户)", description = """
			Creates a person's account: username, initial password (password policy), display name, phone, roles \
			(OPERATOR 受理员, SHIFT_LEAD 值班长, DISPATCHER 派遣员, HANDLER 处置人员, INSPECTOR 监督员/网格员, LEADER 领导, \
			ADMIN 管理员), the data scope (a region code: the subtree they act in, within the administrator's own) \
			and, for handlers, their department.""")
	@ApiResponse(responseCode = "201", description = "The user created; `Location` names it",
			useReturnTypeSchema = true)
	@ApiResponse(responseCode = "409", description = "A user with this username exists")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject("""
			{"username": "wang.li", "password": "initial-passphrase-2026", "displayName": "王丽",
			 "phone": "13600136000", "roles": ["HANDLER"], "scope": "440304", "department": "440304-CHENGGUAN"}""")))
	ResponseEntity<UserView> create(@RequestBody NewUser request) {
		UserView created = view(users.create(request.username(), request.password(), request.draft()));
		return ResponseEntity.created(URI.create("/api/admin/users/" + created.username())).body(created);
	}

	@PutMapping("/{username}")
	@Operation(summary = "Change a user (修改用户)", description = """
			Replaces a user's display name, phone, roles, data scope and department (the password has its own \
			call).""")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject("""
			{"displayName": "王丽", "phone": "13600136000", "roles": ["HANDLER", "INSPECTOR"], "scope": "440304",
			 "department": "440304-CHENGGUAN"}""")))
	UserView update(@PathVariable String username, @RequestBody UserChange request) {
		return view(users.update(username, request.draft()));
	}

	@PostMapping("/{username}/disable")
	@Operation(summary = "Disable a user (停用)", description = """
			The user can no longer log in and their tokens stop working; their history stays. An administrator \
			cannot disable themselves (409).""")
	@ApiResponse(responseCode = "200", description = "The user afterwards", useReturnTypeSchema = true)
	@ApiResponse(responseCode = "409", description = "The administrator's own account")
	UserView disable(@PathVariable String username) {
		return view(users.setEnabled(username, false));
	}

	@PostMapping("/{username}/enable")
	@Operation(summary = "Enable a user (启用)", description = "Lets a disabled user log in again.")
	UserView enable(@PathVariable String username) {
		return view(users.setEnabled(username, true));
	}

	@PostMapping("/{username}/password")
	@Operation(summary = "Reset a user's password (重置密码)", description = """
			Sets a new password for a user (password policy applies), e.g. when they forgot theirs; a lock after \
			failed logins is lifted and the user's bearer tokens are revoked.""")
	@ApiResponse(responseCode = "204", description = "Reset")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject("""
			{"password": "a-new-passphrase-2026"}""")))
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
