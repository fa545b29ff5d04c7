package org.tongguan.shared;

import java.util.List;

/**
 * Thrown when a request would create, change or remove data outside the caller's data scope (数据权限); answered as
 * 403 naming every offending field, line or feature, nothing stored.
 */
public class OutOfScopeException extends RuntimeException {

	private final List<Violation> violations;

	public OutOfScopeException(String summary, List<Violation> violations) {
		super(summary);
		this.violations = List.copyOf(violations);
	}

	public List<Violation> violations() {
		return violations;
	}
}
