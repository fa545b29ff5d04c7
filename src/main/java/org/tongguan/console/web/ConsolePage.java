package org.tongguan.console.web;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.tongguan.identity.Role;

/**
 * A page of the web console with the roles that may use it; the shell lists a user's pages in this order, and the
 * page's script is {@code /console/assets/pages/<id>.js}. A new page is one constant here, one ES module and its
 * texts in the message bundles ({@code page.<id>}).
 */
enum ConsolePage {

	/** 首页 — what the signed-in user may do, by role. */
	HOME("home", "/console/", Role.values()),
	/** 受理台 — the operator's intake desk: report on the map with duplicate hints, then accept, void or transfer to 110. */
	INTAKE("intake", "/console/intake", Role.OPERATOR, Role.SHIFT_LEAD),
	/** 一张图 — the city map: region boundaries and cases within the user's data scope. */
	MAP("map", "/console/map", Role.values()),
	/** 派遣台 — the dispatcher's queue: dispatch and re-dispatch, extensions and suspensions to decide, live. */
	DISPATCH("dispatch", "/console/dispatch", Role.DISPATCHER),
	/** 处置 — a department handler's tasks: handle with photos, return, extension and suspension requests, assist. */
	HANDLE("handle", "/console/handle", Role.HANDLER),
	/** 核查 — the inspector's phone page: report with camera and GPS, verify handled cases. */
	VERIFY("verify", "/console/verify", Role.INSPECTOR),
	/** 值班长 — the shift lead's desk: close, call back, decide voiding, supervise overdue and warned cases. */
	DUTY("duty", "/console/duty", Role.SHIFT_LEAD),
	/** 案件统计 — the case statistics of the user's scope, grouped and charted (the roles that may read them). */
	STATISTICS("statistics", "/console/statistics", Role.LEADER, Role.SHIFT_LEAD, Role.DISPATCHER, Role.ADMIN),
	/** 领导驾驶舱 — key figures with trends, rankings, the map and a live ticker; a fixed canvas for video walls. */
	COCKPIT("cockpit", "/console/cockpit", Role.LEADER, Role.SHIFT_LEAD, Role.ADMIN),
	/**
	 * 系统管理 — administration: users and roles, departments, the catalogue, region import with a preview map, API
	 * keys and the working calendar, on the platform's administration API.
	 */
	ADMIN("admin", "/console/admin", Role.ADMIN),
	/** 案件详情 — one case ({@code ?number=}) within the user's data scope, with the actions the user may take now. */
	CASE("case", "/console/case", Role.values()),
	/** 感知设备 — the devices of the user's scope in a list and on a map, by type, state and district. */
	DEVICES("devices", "/console/devices", Sensing.READERS),
	/** 设备详情 — one device ({@code ?code=}): its registration, state, rules and telemetry charts, its alarms. */
	DEVICE("device", "/console/device", false, Sensing.READERS),
	/** 告警 — active and recent alarms, live, with acknowledge and clear (and the demo rainstorm for administrators). */
	ALARMS("alarms", "/console/alarms", Sensing.READERS),
	/** 指标目录 — the indicator registry (城市体征) searched and filtered by every attribute, within the access grades. */
	INDICATORS("indicators", "/console/indicators", Role.values()),
	/**
	 * 指标详情 — one indicator ({@code ?code=}): its whole plan and versions, its values charted with thresholds and
	 * target, source and quality, a value's provenance, the cases behind a case-based value, its warnings.
	 */
	INDICATOR("indicator", "/console/indicator", false, Role.values()),
	/** 专题 — the thematic topics and the composite 城市运行指数 with each indicator's contribution. */
	TOPICS("topics", "/console/topics", Role.values()),
	/** 专题页 — one topic ({@code ?key=}): its figures, trends, map of the regions below and its warnings. */
	TOPIC("topic", "/console/topic", false, Role.values()),
	/**
	 * 专题编辑 — an administrator's editor of one topic ({@code ?key=}, a new one without): its texts, sections of
	 * ordered indicators, map layers; saved, or deleted, through the topic administration API.
	 */
	TOPIC_EDIT("topic-edit", "/console/topic-edit", false, Role.ADMIN),
	/** 手边账 — the leader's phone page: indicator warnings first, then the high-frequency indicators with trends. */
	LEDGER("ledger", "/console/ledger", Role.LEADER, Role.ADMIN),
	/** 指标预警 — indicator warnings by state, level and kind, with acknowledge and the cases they opened. */
	INDICATOR_WARNINGS("indicator-warnings", "/console/indicator-warnings", Role.OPERATOR, Role.DISPATCHER,
			Role.SHIFT_LEAD, Role.LEADER, Role.ADMIN);

	/** The roles that read devices' alarms (the sensing alarm API's readers): the sensing pages are theirs. */
	private static final class Sensing {

		static final Role[] READERS = { Role.OPERATOR, Role.DISPATCHER, Role.SHIFT_LEAD, Role.LEADER, Role.ADMIN };
	}

	private final String id;

	private final String path;

	private final Set<Role> roles;

	private final boolean listed;

	ConsolePage(String id, String path, Role... roles) {
		this(id, path, true, roles);
	}

	/** A page that is listed in the navigation, or one only reached through links to one thing (not listed). */
	ConsolePage(String id, String path, boolean listed, Role... roles) {
		this.id = id;
		this.path = path;
		this.listed = listed;
		EnumSet<Role> people = EnumSet.noneOf(Role.class);
		people.addAll(Arrays.asList(roles));
		people.remove(Role.EXTERNAL_SYSTEM);
		this.roles = people;
	}

	String id() {
		return id;
	}

	/** Whether the navigation lists the page (not for pages of one thing reached through links, as a device's). */
	boolean listed() {
		return listed;
	}

	String path() {
		return path;
	}

	/** Whether one of the roles may use this page. */
	boolean usableBy(Set<Role> granted) {
		return granted.stream().anyMatch(roles::contains);
	}

	/** The pages one of the roles may use, in navigation order. */
	static List<ConsolePage> usableWith(Set<Role> granted) {
		return Arrays.stream(values()).filter(page -> page.usableBy(granted)).toList();
	}

	/** The page with this id ({@code home} for the console's root). */
	static Optional<ConsolePage> byId(String id) {
		return Arrays.stream(values()).filter(page -> page.id.equals(id)).findFirst();
	}
}
