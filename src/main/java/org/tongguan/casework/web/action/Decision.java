package org.tongguan.casework.web.action;

/**
 * An approval or rejection.
 *
 * @param approved whether it is approved
 * @param comment a note
 */
record Decision(Boolean approved, String comment) {
}
