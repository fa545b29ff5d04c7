package org.tongguan.open311.web;

import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * An Open311 error: the HTTP status (404 for a resource that does not exist, 403 for a missing or wrong
 * {@code api_key}, 400 for anything else the request got wrong) and one description per problem.
 */
class Open311Exception extends RuntimeException {

	private final HttpStatus status;

	private final List<String> descriptions;

	Open311Exception(HttpStatus status, List<String> descriptions) {
		super(String.join("; ", descriptions));
		this.status = status;
		this.descriptions = List.copyOf(descriptions);
	}

	static Open311Exception badRequest(List<String> descriptions) {
		return new Open311Exception(HttpStatus.BAD_REQUEST, descriptions);
	}

	static Open311Exception badRequest(String description) {
		return badRequest(List.of(description));
	}

	static Open311Exception notFound(String description) {
		return new Open311Exception(HttpStatus.NOT_FOUND, List.of(description));
	}

	static Open311Exception forbidden(String description) {
		return new Open311Exception(HttpStatus.FORBIDDEN, List.of(description));
	}

	HttpStatus status() {
		return status;
	}

	List<String> descriptions() {
		return descriptions;
	}
}
