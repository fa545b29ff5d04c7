/**
 * 预警 — the indicators' warnings: the values each batch stores are evaluated inside its transaction against their
 * plans' rules (absolute bands 蓝/黄/橙/红 with hysteresis, change against the previous period 环比 and the same
 * period a year before 同比, gap to the target), only the latest period of each series raising, changing or clearing a
 * warning; a scheduled check raises lateness warnings (迟报) for sources that miss their expected delay. Each warning
 * opens one case through case handling's intake for the department it goes to, records its clearing on that case, and
 * is read and acknowledged (确认) within the caller's access grade and data scope.
 */
package org.tongguan.indicator.warning;
