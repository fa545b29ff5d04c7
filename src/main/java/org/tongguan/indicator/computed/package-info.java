/**
 * Values the platform computes from its own data (计算指标), stored as ordinary values (source COMPUTED, sender
 * {@code tongguan}) through the value ingest: case-based indicators (民生诉求 …) from the case statistics
 * ({@link org.tongguan.casework.CaseFigures}), kept up to date from the case events by marking the regions and
 * periods a change touches and recomputing only those a few seconds later — and from a history import's one
 * {@link org.tongguan.casework.event.CaseHistoryImported} by marking every period of its span in the regions it touched
 * (a backfill the flush drains latest period first, batch by batch, so that only each series' latest period is
 * evaluated for warnings; {@link org.tongguan.indicator.computed.CaseValueBacklog} says how much is left; decision
 * 0021); sensing-based ones (daily PM2.5, AQI and noise means, the
 * deepest water level) from the sensing day totals of today and yesterday. Which indicator is computed from which
 * figure is data: {@code indicator/computed/cases.csv} and {@code sensing.csv}. The cases behind a case-based value are
 * listed through casework's {@link org.tongguan.casework.CaseLists}.
 */
package org.tongguan.indicator.computed;
