package org.tongguan.casework.web.action;

/**
 * The reason an action needs (退回, 作废, 挂账, 转110).
 *
 * @param reason why
 */
record Reason(String reason) {
}
