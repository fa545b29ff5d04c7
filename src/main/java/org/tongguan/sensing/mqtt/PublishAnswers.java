package org.tongguan.sensing.mqtt;

import org.tongguan.sensing.ingest.Rejection;

import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.mqtt.MqttMessageType;
import io.netty.handler.codec.mqtt.MqttQoS;

/**
 * How the broker answers a client's QoS 1 or 2 message once ingestion is done with it: acknowledged when stored, and
 * when not, told so. MQTT 5: the acknowledgement carries the reason code. MQTT 3.1 and 3.1.1 acknowledgements cannot
 * say no: a message that may be stored when sent again (rate budget spent, store full) stays unacknowledged and the
 * connection is closed, so that the client sends it again after reconnecting; one that never will be (bad payload,
 * foreign topic) is acknowledged, or the client would send it forever.
 */
final class PublishAnswers {

	private final boolean mqtt5;

	private final boolean explains;

	/**
	 * @param mqtt5 whether the client speaks MQTT 5 (reason codes in acknowledgements)
	 * @param explains whether a refusal may carry a reason string (MQTT 5 clients may ask for none)
	 */
	PublishAnswers(boolean mqtt5, boolean explains) {
		this.mqtt5 = mqtt5;
		this.explains = explains;
	}

	/**
	 * Answers a message: stored when {@code rejection} is null. Answers whether the connection is closing because
	 * of it (then nothing more the client sent may be ingested).
	 */
	boolean answer(ChannelHandlerContext ctx, MqttQoS qos, int packetId, Rejection rejection, String detail) {
		if (qos == MqttQoS.AT_MOST_ONCE) {
			return false;
		}
		MqttMessageType type = qos == MqttQoS.AT_LEAST_ONCE ? MqttMessageType.PUBACK : MqttMessageType.PUBREC;
		if (rejection != null && !mqtt5 && rejection.isTransient()) {
			ctx.close();
			return true;
		}
		if (ctx.channel().isActive()) {
			ctx.writeAndFlush(rejection != null && mqtt5
					? Packets.refusal(type, packetId, rejection, explains ? detail : null)
					: Packets.reply(type, packetId), ctx.voidPromise());
		}
		return false;
	}
}
