package org.tongguan.sensing.mqtt;

import java.util.List;

import org.tongguan.sensing.ingest.Rejection;

import io.netty.buffer.Unpooled;
import io.netty.handler.codec.mqtt.MqttConnAckMessage;
import io.netty.handler.codec.mqtt.MqttConnAckVariableHeader;
import io.netty.handler.codec.mqtt.MqttConnectReturnCode;
import io.netty.handler.codec.mqtt.MqttFixedHeader;
import io.netty.handler.codec.mqtt.MqttMessage;
import io.netty.handler.codec.mqtt.MqttMessageIdAndPropertiesVariableHeader;
import io.netty.handler.codec.mqtt.MqttMessageIdVariableHeader;
import io.netty.handler.codec.mqtt.MqttMessageType;
import io.netty.handler.codec.mqtt.MqttProperties.IntegerProperty;
import io.netty.handler.codec.mqtt.MqttProperties.MqttPropertyType;
import io.netty.handler.codec.mqtt.MqttProperties.StringProperty;
import io.netty.handler.codec.mqtt.MqttPubReplyMessageVariableHeader;
import io.netty.handler.codec.mqtt.MqttPublishMessage;
import io.netty.handler.codec.mqtt.MqttPublishVariableHeader;
import io.netty.handler.codec.mqtt.MqttQoS;
import io.netty.handler.codec.mqtt.MqttSubAckMessage;
import io.netty.handler.codec.mqtt.MqttSubAckPayload;
import io.netty.handler.codec.mqtt.MqttSubscribeMessage;
import io.netty.handler.codec.mqtt.MqttSubscribePayload;
import io.netty.handler.codec.mqtt.MqttTopicSubscription;
import io.netty.handler.codec.mqtt.MqttUnsubAckMessage;
import io.netty.handler.codec.mqtt.MqttUnsubAckPayload;

/**
 * The MQTT packets the broker and the client send, built for Netty's encoder (which writes MQTT 5 properties and reason
 * codes on a connection whose CONNECT was MQTT 5).
 */
public final class Packets {

	private Packets() {
	}

	/** A packet of only a fixed header: PINGREQ, PINGRESP, DISCONNECT. */
	public static MqttMessage bare(MqttMessageType type) {
		return new MqttMessage(header(type, MqttQoS.AT_MOST_ONCE));
	}

	/** PUBACK, PUBREC or PUBCOMP for a packet id. */
	public static MqttMessage reply(MqttMessageType type, int packetId) {
		return new MqttMessage(header(type, MqttQoS.AT_MOST_ONCE), MqttMessageIdVariableHeader.from(packetId));
	}

	/**
	 * MQTT 5 PUBACK or PUBREC refusing a message: the reason code for the rejection (0x97 quota exceeded, 0x87 not
	 * authorized, 0x99 payload format invalid, 0x83 implementation specific: valid JSON the device's type does not
	 * take), and what was wrong as reason string unless the client asked for no problem information.
	 */
	static MqttMessage refusal(MqttMessageType type, int packetId, Rejection rejection, String detail) {
		io.netty.handler.codec.mqtt.MqttProperties properties = new io.netty.handler.codec.mqtt.MqttProperties();
		if (detail != null) {
			properties.add(new StringProperty(MqttPropertyType.REASON_STRING.value(), detail));
		}
		return new MqttMessage(header(type, MqttQoS.AT_MOST_ONCE),
				new MqttPubReplyMessageVariableHeader(packetId, reasonCode(rejection), properties));
	}

	/** The MQTT 5 reason code (PUBACK, PUBREC) that says why a message was not stored. */
	static byte reasonCode(Rejection rejection) {
		return switch (rejection) {
			case RATE_LIMITED, OVERLOADED -> (byte) 0x97;
			case FOREIGN_TOPIC, DEVICE_NOT_ACTIVE, UNKNOWN_DEVICE, BAD_CREDENTIALS -> (byte) 0x87;
			case MALFORMED_JSON, WRONG_VALUE_TYPE, OVERSIZE -> (byte) 0x99;
			case UNKNOWN_METRIC, OUT_OF_RANGE, TIMESTAMP_IN_FUTURE, TIMESTAMP_TOO_OLD -> (byte) 0x83;
		};
	}

	static MqttConnAckMessage connAck(MqttConnectReturnCode code) {
		return new MqttConnAckMessage(header(MqttMessageType.CONNACK, MqttQoS.AT_MOST_ONCE),
				new MqttConnAckVariableHeader(code, false));
	}

	/**
	 * MQTT 5 CONNACK accepting a connection, telling the client what this broker does not do: keep sessions, retain,
	 * shared subscriptions, subscription ids; how many QoS 1 messages it takes in flight and the largest packet; and
	 * the client id it assigned when the client sent none.
	 */
	static MqttConnAckMessage connAccepted5(int receiveMaximum, int maximumPacketSize, String assignedClientId) {
		io.netty.handler.codec.mqtt.MqttProperties properties = new io.netty.handler.codec.mqtt.MqttProperties();
		properties.add(new IntegerProperty(MqttPropertyType.SESSION_EXPIRY_INTERVAL.value(), 0));
		properties.add(new IntegerProperty(MqttPropertyType.RECEIVE_MAXIMUM.value(), receiveMaximum));
		properties.add(new IntegerProperty(MqttPropertyType.MAXIMUM_PACKET_SIZE.value(), maximumPacketSize));
		properties.add(new IntegerProperty(MqttPropertyType.RETAIN_AVAILABLE.value(), 0));
		properties.add(new IntegerProperty(MqttPropertyType.SHARED_SUBSCRIPTION_AVAILABLE.value(), 0));
		properties.add(new IntegerProperty(MqttPropertyType.SUBSCRIPTION_IDENTIFIER_AVAILABLE.value(), 0));
		if (assignedClientId != null) {
			properties.add(new StringProperty(MqttPropertyType.ASSIGNED_CLIENT_IDENTIFIER.value(), assignedClientId));
		}
		return new MqttConnAckMessage(header(MqttMessageType.CONNACK, MqttQoS.AT_MOST_ONCE),
				new MqttConnAckVariableHeader(MqttConnectReturnCode.CONNECTION_ACCEPTED, false, properties));
	}

	/** A PUBLISH wrapping the payload (not copied); packet id 0 for QoS 0. */
	public static MqttPublishMessage publish(String topic, byte[] payload, MqttQoS qos, int packetId) {
		return new MqttPublishMessage(header(MqttMessageType.PUBLISH, qos),
				new MqttPublishVariableHeader(topic, packetId), Unpooled.wrappedBuffer(payload));
	}

	public static MqttSubscribeMessage subscribe(int packetId, String filter, MqttQoS qos) {
		return new MqttSubscribeMessage(header(MqttMessageType.SUBSCRIBE, MqttQoS.AT_LEAST_ONCE),
				MqttMessageIdVariableHeader.from(packetId),
				new MqttSubscribePayload(List.of(new MqttTopicSubscription(filter, qos))));
	}

	static MqttSubAckMessage subAck(int packetId, int[] granted) {
		return new MqttSubAckMessage(header(MqttMessageType.SUBACK, MqttQoS.AT_MOST_ONCE),
				MqttMessageIdVariableHeader.from(packetId), new MqttSubAckPayload(granted));
	}

	/** UNSUBACK; MQTT 5 adds a reason code (0x00 success) per topic filter. */
	static MqttUnsubAckMessage unsubAck(int packetId, int filters, boolean mqtt5) {
		if (!mqtt5) {
			return new MqttUnsubAckMessage(header(MqttMessageType.UNSUBACK, MqttQoS.AT_MOST_ONCE),
					MqttMessageIdVariableHeader.from(packetId));
		}
		return new MqttUnsubAckMessage(header(MqttMessageType.UNSUBACK, MqttQoS.AT_MOST_ONCE),
				new MqttMessageIdAndPropertiesVariableHeader(packetId,
						io.netty.handler.codec.mqtt.MqttProperties.NO_PROPERTIES),
				new MqttUnsubAckPayload(new short[filters]));
	}

	/** The packet id of a PUBACK, PUBREL, SUBACK or similar packet. */
	public static int packetId(MqttMessage message) {
		return ((MqttMessageIdVariableHeader) message.variableHeader()).messageId();
	}

	private static MqttFixedHeader header(MqttMessageType type, MqttQoS qos) {
		return new MqttFixedHeader(type, false, qos, false, 0);
	}
}
