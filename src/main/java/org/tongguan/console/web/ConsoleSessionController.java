package org.tongguan.console.web;

import java.util.List;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tongguan.identity.Caller;
import org.tongguan.identity.Callers;
import org.tongguan.identity.Role;
import org.tongguan.region.Region;
import org.tongguan.region.RegionCode;
import org.tongguan.region.RegionLevel;
import org.tongguan.region.Regions;
import org.tongguan.shared.PlatformProperties;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** What the console's shell needs to draw itself for the signed-in user: who they are, their city and their pages. */
@RestController
@RequestMapping("/api/console")
@Tag(name = "Console (控制台)")
class ConsoleSessionController {

	private final Callers callers;

	private final Regions regions;

	private final ConsoleProperties properties;

	private final PlatformProperties platform;

	ConsoleSessionController(Callers callers, Regions regions, ConsoleProperties properties,
			PlatformProperties platform) {
		this.callers = callers;
		this.regions = regions;
		this.properties = properties;
		this.platform = platform;
	}

	@GetMapping("/me")
	@PreAuthorize("hasAnyRole('OPERATOR', 'SHIFT_LEAD', 'DISPATCHER', 'HANDLER', 'INSPECTOR', 'LEADER', 'ADMIN')")
	@Operation(summary = "The console's view of me (控制台当前用户)", description = """
			For the console's shell: the caller's name and roles (with their Chinese names), data scope, the city \
			shown in the header, the city's time zone, the console pages the caller's roles may use (in navigation \
			order) with their home page, and the base layer of the map when the deployment configured one \
			(`tongguan.console.base-layer-url`). Every role of a person may call it; external systems (API keys) \
			have no console.""")
	ConsoleMe me() {
		Caller caller = callers.current();
		List<PageLink> pages = ConsolePage.usableWith(caller.roles())
			.stream()
			.map(page -> new PageLink(page.id(), page.path(), page.listed()))
			.toList();
		BaseLayer baseLayer = properties.baseLayerUrl().isBlank() ? null
				: new BaseLayer(properties.baseLayerUrl(), properties.baseLayerAttribution());
		return new ConsoleMe(caller.username(), caller.displayName(),
				caller.roles().stream().sorted().map(role -> new RoleName(role, role.label())).toList(),
				scope(caller.scope()), city(caller.scope()).orElse(null), platform.zone().getId(), pages,
				ConsolePage.HOME.path(), baseLayer);
	}

	private ScopeView scope(RegionCode code) {
		if (code.isPlatform()) {
			return new ScopeView(code.value(), null, null);
		}
		return regions.find(code)
			.map(region -> new ScopeView(code.value(), region.name(), region.level()))
			.orElseGet(() -> new ScopeView(code.value(), null, null));
	}

	/** The city of the scope (or its province); for the whole platform, its only city or province if it has one. */
	private Optional<String> city(RegionCode scope) {
		if (!scope.isPlatform()) {
			List<Region> lineage = regions.lineage(scope);
			return lineage.stream()
				.filter(region -> region.level() == RegionLevel.CITY)
				.findFirst()
				.or(() -> lineage.stream().filter(region -> region.level() == RegionLevel.PROVINCE).findFirst())
				.map(Region::name);
		}
		return only(RegionLevel.CITY).or(() -> only(RegionLevel.PROVINCE));
	}

	private Optional<String> only(RegionLevel level) {
		List<Region> all = regions.list(level);
		return all.size() == 1 ? Optional.of(all.get(0).name()) : Optional.empty();
	}

	/**
	 * The console's view of the signed-in user.
	 *
	 * @param city the city (or province) named in the header; {@code null} for a platform of several
	 * @param zone the city's time zone, in which the console shows times
	 * @param pages the console pages the caller may use, in navigation order
	 * @param home the page the console opens with
	 * @param baseLayer the configured base map, {@code null} when the map draws only the platform's boundaries
	 */
	record ConsoleMe(String username, String displayName, List<RoleName> roles, ScopeView scope, String city,
			String zone, List<PageLink> pages, String home, BaseLayer baseLayer) {
	}

	/** A role with the Chinese name users know it by. */
	record RoleName(Role name, String label) {
	}

	/** The caller's data scope: a region (code, name, level) or the whole platform ({@code 000000}, no level). */
	record ScopeView(String code, String name, RegionLevel level) {
	}

	/**
	 * A console page: its id (texts {@code page.<id>}, script {@code pages/<id>.js}), its address, and whether the
	 * navigation lists it.
	 */
	record PageLink(String id, String path, boolean listed) {
	}

	/** A raster base layer: an XYZ URL template and the attribution its licence asks for. */
	record BaseLayer(String url, String attribution) {
	}
}
