/**
 * 城市运行指数 — the composite index: a definition kept as data ({@link
 * org.tongguan.indicator.composite.CompositeDraft}: indicators, weights, and how each is normalised to 0–100 with its
 * direction), replaced whole by an administrator ({@link org.tongguan.indicator.composite.CompositeEditor}), and
 * computed per region and period with each indicator's contribution ({@link
 * org.tongguan.indicator.composite.CompositeIndex}); missing values re-weight over the present ones.
 */
package org.tongguan.indicator.composite;
