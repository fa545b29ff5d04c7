package org.tongguan.shared;

/** Thrown when a request conflicts with the current state (e.g. a duplicate code); answered as 409. */
public class ConflictException extends RuntimeException {

	public ConflictException(String what) {
		super(what);
	}
}
