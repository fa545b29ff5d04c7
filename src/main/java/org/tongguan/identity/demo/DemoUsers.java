package org.tongguan.identity.demo;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.tongguan.identity.DepartmentCode;
import org.tongguan.identity.Role;
import org.tongguan.identity.internal.IdentityProperties;
import org.tongguan.identity.user.UserAccount;
import org.tongguan.region.Region;
import org.tongguan.region.RegionCode;
import org.tongguan.region.Regions;

/**
 * One demo user per role, all with the demo password ({@code tongguan.identity.demo-password}); for trying the
 * platform only, never for production.
 */
@Component
class DemoUsers {

	private static final RegionCode CITY = RegionCode.of("440300");

	private static final RegionCode FUTIAN = RegionCode.of("440304");

	/** 福田中心区 (near the Civic Centre), where the demo inspector patrols. */
	private static final double INSPECTOR_LONGITUDE = 114.0579;

	private static final double INSPECTOR_LATITUDE = 22.5431;

	private final Regions regions;

	private final PasswordEncoder encoder;

	private final IdentityProperties properties;

	private final Clock clock;

	DemoUsers(Regions regions, PasswordEncoder encoder, IdentityProperties properties, Clock clock) {
		this.regions = regions;
		this.encoder = encoder;
		this.properties = properties;
		this.clock = clock;
	}

	/** The demo users; the demo password is hashed once for all of them so start-up stays fast. */
	List<UserAccount> generate() {
		String hash = encoder.encode(properties.demoPassword());
		Instant now = clock.instant();
		RegionCode street = inspectorStreet();
		return List.of(
				user("admin", "系统管理员", null, Role.ADMIN, CITY, null, hash, now),
				user("operator", "王芳", "13812340001", Role.OPERATOR, CITY, null, hash, now),
				user("shiftlead", "李强", "13812340002", Role.SHIFT_LEAD, CITY, null, hash, now),
				user("dispatcher", "张伟", "13812340003", Role.DISPATCHER, CITY, null, hash, now),
				user("futian-dispatcher", "陈静", "13812340004", Role.DISPATCHER, FUTIAN, null, hash, now),
				user("handler", "刘洋", "13812340005", Role.HANDLER, FUTIAN, new DepartmentCode("440304-CHENGGUAN"),
						hash, now),
				user("street-handler", "周杰", "13812340008", Role.HANDLER, street,
						new DepartmentCode(street + "-JIEDAO"), hash, now),
				user("inspector", "黄磊", "13812340006", Role.INSPECTOR, street, null, hash, now),
				user("leader", "赵敏", "13812340007", Role.LEADER, CITY, null, hash, now));
	}

	private RegionCode inspectorStreet() {
		return regions.locate(INSPECTOR_LONGITUDE, INSPECTOR_LATITUDE)
			.map(location -> location.street() != null ? location.street() : location.district())
			.map(Region::code)
			.orElse(FUTIAN);
	}

	private static UserAccount user(String username, String displayName, String phone, Role role, RegionCode scope,
			DepartmentCode department, String hash, Instant now) {
		return new UserAccount(0, username, displayName, phone, hash, Set.of(role), scope, department, true, 0, null,
				now);
	}
}
