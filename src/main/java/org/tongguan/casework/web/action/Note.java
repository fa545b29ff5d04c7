package org.tongguan.casework.web.action;

/**
 * An optional comment on an action.
 *
 * @param comment the comment
 */
record Note(String comment) {

	static String text(Note note) {
		return note == null ? null : note.comment();
	}
}
