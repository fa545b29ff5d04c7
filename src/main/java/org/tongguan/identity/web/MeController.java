package org.tongguan.identity.web;

import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tongguan.identity.Caller;
import org.tongguan.identity.Departments;
import org.tongguan.identity.user.UserAdministration;
import org.tongguan.region.Regions;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The caller's own identity (当前用户) and password change. */
@RestController
@RequestMapping("/api/me")
@Tag(name = "Sign-in and me (登录)")
class MeController {

	private final Regions regions;

	private final Departments departments;

	private final UserAdministration users;

	MeController(Regions regions, Departments departments, UserAdministration users) {
		this.regions = regions;
		this.departments = departments;
		this.users = users;
	}

	@GetMapping
	@Operation(summary = "Who am I (当前用户)", description = """
			The caller's username, display name, roles (with their Chinese names), data scope (the region subtree \
			they act in) and department.""")
	MeResponse me(@AuthenticationPrincipal Caller caller) {
		return new MeResponse(caller.username(), caller.displayName(), RoleView.of(caller.roles()),
				RegionView.of(caller.scope(), regions),
				caller.department() == null ? null
						: departments.find(caller.department()).map(DepartmentView::of).orElse(null));
	}

	@PostMapping("/password")
	@Operation(summary = "Change my password (修改密码)", description = """
			Changes the caller's own password; the current password is required. The new one must follow the \
			password policy (minimum length, at most 128 characters, not the username). The caller's bearer tokens \
			are revoked.""")
	@ApiResponse(responseCode = "204", description = "Changed")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject("""
			{"currentPassword": "old-password-1", "newPassword": "a-longer-new-passphrase"}""")))
	ResponseEntity<Void> changePassword(@RequestBody PasswordChange change) {
		users.changeOwnPassword(change.currentPassword(), change.newPassword());
		return ResponseEntity.noContent().build();
	}

	record MeResponse(String username, String displayName, List<RoleView> roles, RegionView scope,
			DepartmentView department) {
	}

	record PasswordChange(String currentPassword, String newPassword) {

		@Override
		public String toString() {
			return "PasswordChange[***]";
		}
	}
}
