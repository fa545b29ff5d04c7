package org.tongguan.identity.internal;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.tongguan.identity.Caller;
import org.tongguan.identity.Callers;
import org.tongguan.region.RegionCode;
import org.tongguan.region.Regions;

/** The current caller, read from Spring Security's context, and data-scope (数据权限) checks against region subtrees. */
@Service
class SecurityCallers implements Callers {

	private final Regions regions;

	SecurityCallers(Regions regions) {
		this.regions = regions;
	}

	@Override
	public Caller current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.isAuthenticated()
				&& authentication.getPrincipal() instanceof Caller caller) {
			return caller;
		}
		throw new AuthenticationCredentialsNotFoundException("Nobody is authenticated");
	}

	@Override
	public boolean canSee(RegionCode region) {
		return regions.isWithin(region, current().scope());
	}

	@Override
	public void requireScope(RegionCode region) {
		requireScope(current(), region);
	}

	@Override
	public void requireScope(Caller caller, RegionCode region) {
		if (!regions.isWithin(region, caller.scope())) {
			throw new AccessDeniedException("Region " + region + " lies outside the caller's data scope");
		}
	}
}
