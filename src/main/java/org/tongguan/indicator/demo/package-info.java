/**
 * The demo indicator system (演示数据): on the first start of a demo platform, the demo registry of the Shenzhen demo
 * city ({@code indicator/demo/registry.csv}, over 400 plans across 人/企/城/政 and the fifteen domains) is imported,
 * and two years of values of its pushed indicators are generated from seeded series models
 * ({@code indicator/demo/series.csv}: trend, seasonality, noise, district profiles, a few threshold breaches) and
 * stored through the value import as sent by each indicator's source system. The platform's own computed indicators
 * (source system {@code tongguan}) get no demo values. Off the production path: it runs only with
 * {@code tongguan.demo} and {@code tongguan.indicator.demo.enabled}, and only into an empty registry.
 */
package org.tongguan.indicator.demo;
