/**
 * The demo simulator (演示模拟器): every active demo device except cameras connects to the platform's MQTT broker with
 * its code and the demo secret and publishes plausible telemetry at its type's cadence (diurnal noise and air quality,
 * draining batteries, noisy signal, an occasional noise peak), and a rainstorm scenario (暴雨) floods a share of the
 * water-level gauges of chosen districts so that alarms are raised and cases opened. On with the demo city unless
 * {@code tongguan.sensing.simulator.enabled=false}; see {@code docs/sensing-simulator.md}.
 */
package org.tongguan.sensing.simulator;
