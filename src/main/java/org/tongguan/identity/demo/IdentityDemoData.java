package org.tongguan.identity.demo;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tongguan.identity.Department;
import org.tongguan.identity.department.DepartmentStore;
import org.tongguan.identity.department.FunctionRegistry;
import org.tongguan.identity.user.UserAccount;
import org.tongguan.identity.user.UserStore;
import org.tongguan.shared.PlatformProperties;

/**
 * Fills empty identity tables with the demo departments (registering the city's own functions of the demo bureaus
 * first) and the demo users when the platform runs in demo mode; runs after the demo city (order 10) and before the
 * catalogue (order 30).
 */
@Component
@Order(20)
class IdentityDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(IdentityDemoData.class);

	private final PlatformProperties platform;

	private final DepartmentStore departments;

	private final UserStore users;

	private final DemoDepartments demoDepartments;

	private final DemoUsers demoUsers;

	private final FunctionRegistry functions;

	IdentityDemoData(PlatformProperties platform, DepartmentStore departments, UserStore users,
			DemoDepartments demoDepartments, DemoUsers demoUsers, FunctionRegistry functions) {
		this.platform = platform;
		this.departments = departments;
		this.functions = functions;
		this.users = users;
		this.demoDepartments = demoDepartments;
		this.demoUsers = demoUsers;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!platform.demo()) {
			return;
		}
		if (departments.isEmpty()) {
			functions.registerLoaded(DemoBureaus.functions());
			List<Department> generated = demoDepartments.generate();
			departments.insert(generated);
			log.info("Demo data: {} departments", generated.size());
		}
		if (users.isEmpty()) {
			List<UserAccount> generated = demoUsers.generate();
			generated.forEach(users::insert);
			log.info("Demo data: {} users (admin, operator, shiftlead, dispatcher, futian-dispatcher, handler, "
					+ "street-handler, inspector, leader) with the demo password from tongguan.identity.demo-password", generated.size());
		}
	}
}
