package org.tongguan.region.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.tongguan.region.Region;
import org.tongguan.region.RegionCode;
import org.tongguan.region.internal.RegionSnapshot;
import org.tongguan.shared.OutOfScopeException;
import org.tongguan.shared.Violation;

/**
 * Checks that an import creates, changes and removes regions only inside the caller's data scope (数据权限): a new
 * region's parent, or an updated region itself (and any new parent), must lie within the scope; a region without a
 * parent (a province, a city without one) only with the platform-wide scope {@code 000000}.
 */
final class EditingScopeCheck {

	private final RegionCode scope;

	private final RegionSnapshot current;

	EditingScopeCheck(RegionCode scope, RegionSnapshot current) {
		this.scope = scope;
		this.current = current;
	}

	/** Fails with 403 when the {@code within} region of a replace lies outside the scope. */
	void checkWithin(RegionCode within) {
		if (within != null && !current.isWithin(within, scope)) {
			throw refused(List.of(new Violation("within", describe(within) + outside())));
		}
	}

	/**
	 * Fails with 403, naming every offending feature and removed region, when any lies outside the scope.
	 *
	 * @param candidates the file's features that passed their own checks
	 * @param removed the regions a replace would remove
	 */
	void check(List<Candidate> candidates, List<RegionCode> removed) {
		if (scope.isPlatform()) {
			return;
		}
		List<Violation> violations = new ArrayList<>();
		for (Candidate candidate : candidates) {
			String problem = problem(candidate.boundary().region());
			if (problem != null) {
				violations.add(new Violation(candidate.where(), problem));
			}
		}
		for (RegionCode code : removed) {
			if (!current.isWithin(code, scope)) {
				violations.add(new Violation(code.value(), "removing " + describe(code) + " is not allowed: it"
						+ outside() + "; limit the replace with within=" + scope));
			}
		}
		if (!violations.isEmpty()) {
			throw refused(violations);
		}
	}

	private String problem(Region region) {
		Region stored = current.find(region.code()).orElse(null);
		if (stored != null && !current.isWithin(stored.code(), scope)) {
			return describe(stored.code()) + outside();
		}
		if (stored != null && Objects.equals(stored.parent(), region.parent())) {
			return null;
		}
		if (region.parent() == null) {
			return "a " + region.level() + " without a parent needs the platform-wide data scope "
					+ RegionCode.PLATFORM + "; yours is " + describe(scope);
		}
		if (!current.isWithin(region.parent(), scope)) {
			return "its parent " + describe(region.parent()) + outside();
		}
		return null;
	}

	private String outside() {
		return " lies outside your data scope " + describe(scope);
	}

	private String describe(RegionCode code) {
		return current.find(code).map(region -> code + " " + region.name()).orElse(code.value());
	}

	private OutOfScopeException refused(List<Violation> violations) {
		return new OutOfScopeException(violations.size() + (violations.size() == 1 ? " change lies" : " changes lie")
				+ " outside your data scope " + describe(scope) + "; nothing was stored", violations);
	}
}
