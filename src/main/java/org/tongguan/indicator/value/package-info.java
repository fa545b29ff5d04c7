/**
 * The values of indicators (指标数据) with their provenance: batches pushed by source systems and CSV files imported by
 * administrators, checked whole (indicator, region and level, period and frequency, valid range, the sender's
 * indicators and data scope) and stored all or nothing with JDBC batches; a correction keeps the value it replaces,
 * so reads answer the current values or those known at an instant.
 */
package org.tongguan.indicator.value;
