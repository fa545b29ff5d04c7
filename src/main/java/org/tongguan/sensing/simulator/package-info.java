/**
 * The demo simulator (演示模拟器): every active demo device except cameras connects to the platform's MQTT broker with
 * its code and the demo secret and publishes plausible telemetry at its type's cadence (diurnal noise and air quality,
 * draining batteries, noisy signal, an occasional noise peak), and a rainstorm scenario (暴雨) floods a share of the
 * water-level gauges of chosen districts so that alarms are raised and cases opened. On with the demo city unless
 * {@code tongguan.sensing.simulator.enabled=false}; see {@code docs/sensing-simulator.md}.
 *
 *
 * <p>A nested module of its own, outside the production path: nothing depends on it, and it talks to the platform only
 * as any device would, through the device directory (to learn the demo fleet) and the MQTT client and endpoint. It
 * stays under {@code sensing} because Spring Modulith lets only a nested module's parent and siblings use its API.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "region", "sensing", "sensing.device", "sensing.mqtt",
				"sensing.mqtt::client" })
package org.tongguan.sensing.simulator;
