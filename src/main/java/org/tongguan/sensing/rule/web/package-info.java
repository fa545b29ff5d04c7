/**
 * The REST API of alarm rules (告警规则, {@code /api/sensing/rules}): every signed-in user reads them, administrators
 * create, edit and delete them.
 */
package org.tongguan.sensing.rule.web;
