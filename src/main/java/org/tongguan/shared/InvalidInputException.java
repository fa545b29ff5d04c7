package org.tongguan.shared;

import java.util.List;

/** Thrown when a request, import or message is invalid; answered as 400 with every violation, nothing stored. */
public class InvalidInputException extends RuntimeException {

	private final List<Violation> violations;

	public InvalidInputException(String summary, List<Violation> violations) {
		super(summary);
		this.violations = List.copyOf(violations);
	}

	public InvalidInputException(String field, String message) {
		this(message, List.of(new Violation(field, message)));
	}

	public List<Violation> violations() {
		return violations;
	}
}
