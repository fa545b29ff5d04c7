/**
 * MQTT transport of device telemetry: the embedded broker (嵌入式代理, the default) on Netty's MQTT codec, which
 * authenticates devices and keeps each to its own topic {@code devices/<code>/telemetry}, and the persistent-session
 * subscription to an external broker (Mosquitto, EMQX), both with one lifecycle ({@code BrokerLifecycle}); the MQTT
 * client the external subscription, the demo simulator and the load generator use lives in {@code mqtt.client} (the
 * named interface {@code client}). Why a broker and client of our own: docs/decisions/0007.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "identity", "sensing", "sensing.device", "sensing.ingest" })
package org.tongguan.sensing.mqtt;
