/**
 * 城市体征 — the city's indicator system: the indicator registry (一指标一方案: each indicator's code, definition and
 * statistical caliber, method, unit, direction, class 人/企/城/政 and domain, the regions and frequency it is
 * published for, its one source 一数一源 and its responsible department, reference frameworks, access grade 分级,
 * valid range, target, thresholds and response plan, every change kept as a version) and the values of each
 * indicator per region and period with their provenance and revisions (as-of reads).
 *
 * <p>The root package is the API other modules and the later features (computed values, warnings, the composite
 * index, topics) build on: the plan and its value types, {@link org.tongguan.indicator.Indicators} and
 * {@link org.tongguan.indicator.IndicatorValue}. Inside, {@code registry} validates, versions, searches, imports and
 * exports plans; {@code value} checks, stores and reads values (source pushes with an API key for
 * {@code INDICATOR_SOURCE}, CSV imports) and publishes {@link org.tongguan.indicator.IndicatorValuesRecorded};
 * {@code warning} evaluates them into warnings (预警) that open cases through case handling's intake;
 * {@code computed} computes values from the case statistics and the sensing day totals and lists the cases behind a
 * case-based value; {@code quality} grades the values (GB/T 36344); {@code topic} keeps the thematic topics (专题) as
 * data and reads a topic page's data; {@code composite} defines and computes the composite index (城市运行指数);
 * {@code internal} holds the module's settings; {@code web} serves them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Indicators",
		allowedDependencies = { "shared", "region", "identity", "catalog", "casework", "casework :: event", "sensing" })
package org.tongguan.indicator;
