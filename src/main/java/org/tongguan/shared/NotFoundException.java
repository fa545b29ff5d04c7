package org.tongguan.shared;

/** Thrown when a requested resource does not exist; answered as 404. */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String what) {
		super(what);
	}
}
