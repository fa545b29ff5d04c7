/**
 * The MQTT client (MQTT 3.1.1 on Netty) the platform uses wherever it connects to a broker itself: the subscription to
 * an external broker, the demo simulator's devices and the load generators. Exposed to the sibling modules as the
 * named interface {@code client}.
 */
@org.springframework.modulith.NamedInterface("client")
package org.tongguan.sensing.mqtt.client;
