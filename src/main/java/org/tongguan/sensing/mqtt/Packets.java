package org.tongguan.sensing.mqtt;

import java.util.List;

import io.netty.buffer.Unpooled;
import io.netty.handler.codec.mqtt.MqttConnAckMessage;
import io.netty.handler.codec.mqtt.MqttConnAckVariableHeader;
import io.netty.handler.codec.mqtt.MqttConnectReturnCode;
import io.netty.handler.codec.mqtt.MqttFixedHeader;
import io.netty.handler.codec.mqtt.MqttMessage;
import io.netty.handler.codec.mqtt.MqttMessageIdVariableHeader;
import io.netty.handler.codec.mqtt.MqttMessageType;
import io.netty.handler.codec.mqtt.MqttPublishMessage;
import io.netty.handler.codec.mqtt.MqttPublishVariableHeader;
import io.netty.handler.codec.mqtt.MqttQoS;
import io.netty.handler.codec.mqtt.MqttSubAckMessage;
import io.netty.handler.codec.mqtt.MqttSubAckPayload;
import io.netty.handler.codec.mqtt.MqttSubscribeMessage;
import io.netty.handler.codec.mqtt.MqttSubscribePayload;
import io.netty.handler.codec.mqtt.MqttTopicSubscription;
import io.netty.handler.codec.mqtt.MqttUnsubAckMessage;

/** The MQTT 3.1.1 packets the broker and the client send, built for Netty's encoder. */
final class Packets {

	private Packets() {
	}

	/** A packet of only a fixed header: PINGREQ, PINGRESP, DISCONNECT. */
	static MqttMessage bare(MqttMessageType type) {
		return new MqttMessage(header(type, MqttQoS.AT_MOST_ONCE));
	}

	/** PUBACK, PUBREC or PUBCOMP for a packet id. */
	static MqttMessage reply(MqttMessageType type, int packetId) {
		return new MqttMessage(header(type, MqttQoS.AT_MOST_ONCE), MqttMessageIdVariableHeader.from(packetId));
	}

	static MqttConnAckMessage connAck(MqttConnectReturnCode code) {
		return new MqttConnAckMessage(header(MqttMessageType.CONNACK, MqttQoS.AT_MOST_ONCE),
				new MqttConnAckVariableHeader(code, false));
	}

	/** A PUBLISH wrapping the payload (not copied); packet id 0 for QoS 0. */
	static MqttPublishMessage publish(String topic, byte[] payload, MqttQoS qos, int packetId) {
		return new MqttPublishMessage(header(MqttMessageType.PUBLISH, qos),
				new MqttPublishVariableHeader(topic, packetId), Unpooled.wrappedBuffer(payload));
	}

	static MqttSubscribeMessage subscribe(int packetId, String filter, MqttQoS qos) {
		return new MqttSubscribeMessage(header(MqttMessageType.SUBSCRIBE, MqttQoS.AT_LEAST_ONCE),
				MqttMessageIdVariableHeader.from(packetId),
				new MqttSubscribePayload(List.of(new MqttTopicSubscription(filter, qos))));
	}

	static MqttSubAckMessage subAck(int packetId, int[] granted) {
		return new MqttSubAckMessage(header(MqttMessageType.SUBACK, MqttQoS.AT_MOST_ONCE),
				MqttMessageIdVariableHeader.from(packetId), new MqttSubAckPayload(granted));
	}

	static MqttUnsubAckMessage unsubAck(int packetId) {
		return new MqttUnsubAckMessage(header(MqttMessageType.UNSUBACK, MqttQoS.AT_MOST_ONCE),
				MqttMessageIdVariableHeader.from(packetId));
	}

	/** The packet id of a PUBACK, PUBREL, SUBACK or similar packet. */
	static int packetId(MqttMessage message) {
		return ((MqttMessageIdVariableHeader) message.variableHeader()).messageId();
	}

	private static MqttFixedHeader header(MqttMessageType type, MqttQoS qos) {
		return new MqttFixedHeader(type, false, qos, false, 0);
	}
}
