package org.tongguan.sensing.mqtt.client;

import java.nio.channels.ClosedChannelException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongguan.sensing.mqtt.Packets;

import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.mqtt.MqttConnAckMessage;
import io.netty.handler.codec.mqtt.MqttConnectReturnCode;
import io.netty.handler.codec.mqtt.MqttMessage;
import io.netty.handler.codec.mqtt.MqttMessageBuilders;
import io.netty.handler.codec.mqtt.MqttMessageType;
import io.netty.handler.codec.mqtt.MqttPublishMessage;
import io.netty.handler.codec.mqtt.MqttQoS;
import io.netty.handler.codec.mqtt.MqttSubAckMessage;
import io.netty.handler.codec.mqtt.MqttVersion;
import io.netty.handler.timeout.IdleState;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.util.ReferenceCountUtil;
import io.netty.util.collection.IntObjectHashMap;

/**
 * The client side of one MQTT 3.1.1 connection: sends CONNECT, completes publishes on PUBACK and subscriptions on
 * SUBACK, hands received messages to the options' consumer and acknowledges them when told, stops reading while its
 * receive window is full, pings when idle. Its state is touched only on the connection's event loop.
 */
final class ClientProtocol extends ChannelInboundHandlerAdapter {

	private static final Logger log = LoggerFactory.getLogger(ClientProtocol.class);

	private final MqttClientOptions options;

	private final CompletableFuture<MqttConnection> connected;

	private final CompletableFuture<Void> closed = new CompletableFuture<>();

	private final IntObjectHashMap<CompletableFuture<?>> awaitingAck = new IntObjectHashMap<>();

	private ChannelHandlerContext ctx;

	private int lastPacketId;

	/** Received QoS 1 and 2 messages not acknowledged yet; counted only with a receive window. */
	private int unacknowledged;

	ClientProtocol(MqttClientOptions options, CompletableFuture<MqttConnection> connected) {
		this.options = options;
		this.connected = connected;
	}

	@Override
	public void handlerAdded(ChannelHandlerContext ctx) {
		this.ctx = ctx;
	}

	@Override
	public void channelActive(ChannelHandlerContext ctx) {
		ctx.writeAndFlush(MqttMessageBuilders.connect()
			.protocolVersion(MqttVersion.MQTT_3_1_1)
			.clientId(options.clientId())
			.username(options.username())
			.password(options.password() == null ? null : options.password().getBytes())
			.cleanSession(options.cleanSession())
			.keepAlive((int) options.keepAlive().toSeconds())
			.build(), ctx.voidPromise());
		ctx.fireChannelActive();
	}

	@Override
	public void channelRead(ChannelHandlerContext ctx, Object msg) {
		MqttMessage message = (MqttMessage) msg;
		try {
			if (message.decoderResult().isFailure()) {
				log.warn("Closing the MQTT connection to {}: {}", options.host(),
						message.decoderResult().cause().toString());
				ctx.close();
				return;
			}
			switch (message.fixedHeader().messageType()) {
				case CONNACK -> connectionAcknowledged((MqttConnAckMessage) message);
				case PUBACK -> acknowledged(Packets.packetId(message), null);
				case SUBACK -> {
					int granted = ((MqttSubAckMessage) message).payload().grantedQoSLevels().get(0);
					acknowledged(Packets.packetId(message), granted > 2 ? MqttQoS.FAILURE : MqttQoS.valueOf(granted));
				}
				case PUBLISH -> received((MqttPublishMessage) message);
				case PUBREL -> reply(MqttMessageType.PUBCOMP, Packets.packetId(message));
				default -> {
					// PINGRESP, UNSUBACK: nothing to do
				}
			}
		}
		finally {
			ReferenceCountUtil.release(message);
		}
	}

	private void connectionAcknowledged(MqttConnAckMessage connAck) {
		MqttConnectReturnCode code = connAck.variableHeader().connectReturnCode();
		if (code == MqttConnectReturnCode.CONNECTION_ACCEPTED) {
			connected.complete(new MqttConnection(ctx.channel(), this));
		}
		else {
			connected.completeExceptionally(new MqttRefusedException(code));
			ctx.close();
		}
	}

	@SuppressWarnings("unchecked")
	private void acknowledged(int packetId, Object result) {
		CompletableFuture<Object> waiting = (CompletableFuture<Object>) awaitingAck.remove(packetId);
		if (waiting != null) {
			waiting.complete(result);
		}
	}

	private void received(MqttPublishMessage publish) {
		MqttQoS qos = publish.fixedHeader().qosLevel();
		InboundMessage message = new InboundMessage(this, publish.variableHeader().topicName(),
				ByteBufUtil.getBytes(publish.content()), qos, publish.variableHeader().packetId());
		if (qos != MqttQoS.AT_MOST_ONCE && options.receiveWindow() > 0
				&& ++unacknowledged == options.receiveWindow()) {
			ctx.channel().config().setAutoRead(false);
		}
		if (options.onMessage() == null) {
			message.acknowledge();
			return;
		}
		try {
			options.onMessage().accept(message);
		}
		catch (RuntimeException e) {
			log.warn("A subscriber failed on a message of {}; it stays unacknowledged", message.topic(), e);
		}
	}

	CompletableFuture<Void> publish(String topic, byte[] payload, MqttQoS qos) {
		CompletableFuture<Void> done = new CompletableFuture<>();
		execute(() -> {
			int packetId = qos == MqttQoS.AT_MOST_ONCE ? 0 : awaitAck(done);
			if (packetId < 0) {
				return;
			}
			MqttPublishMessage message = Packets.publish(topic, payload, qos, packetId);
			if (qos == MqttQoS.AT_MOST_ONCE) {
				ctx.writeAndFlush(message).addListener(written -> complete(done, written.cause()));
			}
			else {
				ctx.writeAndFlush(message, ctx.voidPromise());
			}
		}, done);
		return done;
	}

	CompletableFuture<MqttQoS> subscribe(String filter, MqttQoS qos) {
		CompletableFuture<MqttQoS> granted = new CompletableFuture<>();
		execute(() -> {
			int packetId = awaitAck(granted);
			if (packetId > 0) {
				ctx.writeAndFlush(Packets.subscribe(packetId, filter, qos), ctx.voidPromise());
			}
		}, granted);
		return granted;
	}

	void acknowledge(MqttQoS qos, int packetId) {
		execute(() -> {
			reply(qos == MqttQoS.AT_LEAST_ONCE ? MqttMessageType.PUBACK : MqttMessageType.PUBREC, packetId);
			if (options.receiveWindow() > 0 && --unacknowledged == options.receiveWindow() / 2) {
				ctx.channel().config().setAutoRead(true);
			}
		}, null);
	}

	CompletableFuture<Void> disconnect() {
		execute(() -> ctx.writeAndFlush(Packets.bare(MqttMessageType.DISCONNECT)).addListener(written -> ctx.close()),
				null);
		return closed;
	}

	CompletableFuture<Void> closed() {
		return closed;
	}

	/** Reserves a packet id for a message that waits for its acknowledgement; -1 (and the future failed) if none. */
	private int awaitAck(CompletableFuture<?> waiting) {
		if (!ctx.channel().isActive()) {
			waiting.completeExceptionally(new ClosedChannelException());
			return -1;
		}
		if (awaitingAck.size() >= 0xFFFF) {
			waiting.completeExceptionally(new IllegalStateException("65535 MQTT messages are awaiting an ack"));
			return -1;
		}
		do {
			lastPacketId = lastPacketId == 0xFFFF ? 1 : lastPacketId + 1;
		}
		while (awaitingAck.containsKey(lastPacketId));
		awaitingAck.put(lastPacketId, waiting);
		return lastPacketId;
	}

	private void execute(Runnable task, CompletableFuture<?> failOnRejection) {
		if (ctx.executor().inEventLoop()) {
			task.run();
			return;
		}
		try {
			ctx.executor().execute(task);
		}
		catch (RejectedExecutionException e) {
			if (failOnRejection != null) {
				failOnRejection.completeExceptionally(e);
			}
		}
	}

	private void reply(MqttMessageType type, int packetId) {
		if (ctx.channel().isActive()) {
			ctx.writeAndFlush(Packets.reply(type, packetId), ctx.voidPromise());
		}
	}

	@Override
	public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
		if (event instanceof IdleStateEvent idle) {
			if (idle.state() == IdleState.WRITER_IDLE) {
				ctx.writeAndFlush(Packets.bare(MqttMessageType.PINGREQ), ctx.voidPromise());
			}
			else {
				ctx.close(); // nothing, not even PINGRESP, for one and a half keep-alive periods
			}
		}
		ctx.fireUserEventTriggered(event);
	}

	@Override
	public void channelInactive(ChannelHandlerContext ctx) {
		ClosedChannelException gone = new ClosedChannelException();
		connected.completeExceptionally(gone);
		awaitingAck.values().forEach(waiting -> waiting.completeExceptionally(gone));
		awaitingAck.clear();
		closed.complete(null);
		ctx.fireChannelInactive();
	}

	@Override
	public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
		log.debug("MQTT connection to {} failed: {}", options.host(), cause.toString());
		ctx.close();
	}

	private static void complete(CompletableFuture<Void> done, Throwable failure) {
		if (failure == null) {
			done.complete(null);
		}
		else {
			done.completeExceptionally(failure);
		}
	}

}
