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
import org.tongguan.identity.internal.UserAdministration;
import org.tongguan.region.Regions;

/** The caller's own identity (当前用户) and password change. */
@RestController
@RequestMapping("/api/me")
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
	MeResponse me(@AuthenticationPrincipal Caller caller) {
		return new MeResponse(caller.username(), caller.displayName(), RoleView.of(caller.roles()),
				RegionView.of(caller.scope(), regions),
				caller.department() == null ? null
						: departments.find(caller.department()).map(DepartmentView::of).orElse(null));
	}

	@PostMapping("/password")
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
