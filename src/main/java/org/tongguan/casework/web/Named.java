package org.tongguan.casework.web;

/**
 * A code with its name, e.g. a region, department, stage or channel.
 *
 * @param code the code
 * @param name the name users know
 */
record Named(String code, String name) {

	static Named of(Object code, String name) {
		return code == null ? null : new Named(code.toString(), name);
	}
}
