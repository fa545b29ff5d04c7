package org.tongguan.sensing.mqtt;

import java.io.IOException;
import java.util.Queue;
import java.util.concurrent.RejectedExecutionException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongguan.sensing.ingest.Rejection;

import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.codec.mqtt.MqttMessage;
import io.netty.handler.codec.mqtt.MqttMessageType;
import io.netty.handler.codec.mqtt.MqttPublishMessage;
import io.netty.handler.codec.mqtt.MqttQoS;
import io.netty.handler.codec.mqtt.MqttSubscribeMessage;
import io.netty.handler.codec.mqtt.MqttTopicSubscription;
import io.netty.handler.codec.mqtt.MqttUnsubscribeMessage;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.util.ReferenceCountUtil;

/**
 * An authenticated connection of the embedded broker (嵌入式代理): a device's publishes into ingestion, acknowledged
 * once stored and refused otherwise, a monitoring client's subscriptions and deliveries, keep-alive, and reading paused
 * while too many of its QoS 1 messages wait to be stored or its socket takes no more acknowledgements. Runs on the
 * connection's event loop, except {@link #deliver}, {@link #execute} and {@link #close}.
 */
final class BrokerConnection extends ChannelInboundHandlerAdapter {

	private static final Logger log = LoggerFactory.getLogger(BrokerConnection.class);

	private static final int REFUSED = 0x80;

	private final BrokerContext broker;

	private final Login login;

	private final String clientId;

	private final String telemetryTopic;

	private final boolean mqtt5;

	private final PublishAnswers answers;

	private ChannelHandlerContext ctx;

	private boolean readingPaused;

	private int inFlight;

	private int lastPacketId;

	/** An MQTT 3.1.1 message was refused and the connection is closing: nothing more it sent is ingested. */
	private boolean closing;

	/**
	 * @param mqtt5 whether the client speaks MQTT 5 (reason codes in acknowledgements)
	 * @param explains whether a refusal may carry a reason string (MQTT 5 clients may ask for none)
	 */
	BrokerConnection(BrokerContext broker, Login login, String clientId, boolean mqtt5, boolean explains) {
		this.broker = broker;
		this.login = login;
		this.clientId = clientId;
		this.mqtt5 = mqtt5;
		this.answers = new PublishAnswers(mqtt5, explains);
		this.telemetryTopic = login.isDevice() ? TelemetryTopic.of(login.device().code()) : null;
	}

	@Override
	public void handlerAdded(ChannelHandlerContext ctx) {
		this.ctx = ctx;
	}

	/** Takes the packets the client sent before it was accepted, then reads on. */
	void start(Queue<MqttMessage> early) {
		MqttMessage held;
		while ((held = early.poll()) != null) {
			channelRead(ctx, held);
		}
		updateReading();
	}

	@Override
	public void channelRead(ChannelHandlerContext ctx, Object msg) {
		MqttMessage message = (MqttMessage) msg;
		try {
			read(message);
		}
		catch (RuntimeException e) {
			log.warn("Closing an MQTT connection after an unexpected error", e);
			ctx.close();
		}
		finally {
			ReferenceCountUtil.release(message);
		}
	}

	private void read(MqttMessage message) {
		if (message.decoderResult().isFailure()) {
			if (message.decoderResult().cause() instanceof TooLongFrameException && login.isDevice()) {
				broker.ingestion.rejected(login.device().code().value(), Rejection.OVERSIZE);
			}
			ctx.close();
			return;
		}
		switch (message.fixedHeader().messageType()) {
			case PUBLISH -> publish((MqttPublishMessage) message);
			case PUBREL -> reply(MqttMessageType.PUBCOMP, Packets.packetId(message));
			case SUBSCRIBE -> subscribe((MqttSubscribeMessage) message);
			case UNSUBSCRIBE -> unsubscribe((MqttUnsubscribeMessage) message);
			case PINGREQ -> ctx.writeAndFlush(Packets.bare(MqttMessageType.PINGRESP), ctx.voidPromise());
			case PUBACK -> {
				// A monitoring client acknowledges a delivery; deliveries are not repeated, so nothing to do.
			}
			default -> ctx.close(); // DISCONNECT, a second CONNECT or a packet only servers send
		}
	}

	private void publish(MqttPublishMessage publish) {
		if (closing) {
			return;
		}
		MqttQoS qos = publish.fixedHeader().qosLevel();
		int packetId = publish.variableHeader().packetId();
		String topic = publish.variableHeader().topicName();
		if (!login.isDevice()) {
			answer(qos, packetId, Rejection.FOREIGN_TOPIC, "Monitoring clients may only subscribe");
			return;
		}
		if (!telemetryTopic.equals(topic)) {
			broker.ingestion.rejected(login.device().code().value(), Rejection.FOREIGN_TOPIC);
			answer(qos, packetId, Rejection.FOREIGN_TOPIC, "A device publishes only to " + telemetryTopic);
			return;
		}
		byte[] payload = ByteBufUtil.getBytes(publish.payload());
		if (qos == MqttQoS.AT_MOST_ONCE && broker.subscriptions.isEmpty()) {
			broker.ingestion.accept(login.device(), payload, Delivery.UNOBSERVED);
			return;
		}
		if (qos != MqttQoS.AT_MOST_ONCE) {
			inFlight++;
			broker.sent(1);
			if (inFlight > broker.maxInFlight) {
				updateReading();
			}
		}
		broker.ingestion.accept(login.device(), payload, new Delivery(this, topic, payload, qos, packetId));
	}

	/** Ingestion is done with a QoS 1 or 2 message of this connection: stored (no rejection), or rejected. */
	void completed(MqttQoS qos, int packetId, Rejection rejection, String detail) {
		inFlight--;
		broker.sent(-1);
		answer(qos, packetId, rejection, detail);
		if (readingPaused) {
			updateReading();
		}
	}

	/** Answers a message this connection took: stored (no rejection) or not ({@link PublishAnswers}). */
	private void answer(MqttQoS qos, int packetId, Rejection rejection, String detail) {
		closing |= answers.answer(ctx, qos, packetId, rejection, detail);
	}

	private void subscribe(MqttSubscribeMessage subscribe) {
		int[] granted = new int[subscribe.payload().topicSubscriptions().size()];
		int i = 0;
		for (MqttTopicSubscription subscription : subscribe.payload().topicSubscriptions()) {
			TopicFilter filter = login.isDevice() ? null : TopicFilter.parse(subscription.topicFilter(), "devices");
			if (filter == null) {
				granted[i++] = REFUSED;
			}
			else {
				MqttQoS qos = subscription.qualityOfService() == MqttQoS.AT_MOST_ONCE ? MqttQoS.AT_MOST_ONCE
						: MqttQoS.AT_LEAST_ONCE;
				broker.subscriptions.add(this, filter, qos);
				granted[i++] = qos.value();
			}
		}
		ctx.writeAndFlush(Packets.subAck(subscribe.variableHeader().messageId(), granted), ctx.voidPromise());
	}

	private void unsubscribe(MqttUnsubscribeMessage unsubscribe) {
		for (String filter : unsubscribe.payload().topics()) {
			broker.subscriptions.remove(this, filter);
		}
		ctx.writeAndFlush(Packets.unsubAck(unsubscribe.variableHeader().messageId(),
				unsubscribe.payload().topics().size(), mqtt5), ctx.voidPromise());
	}

	/** Hands an accepted message to the monitoring subscribers. */
	void forward(String topic, byte[] payload, MqttQoS qos) {
		broker.subscriptions.forward(topic, payload, qos);
	}

	/**
	 * Sends a message this monitoring client subscribed to; dropped when the client does not keep up (its socket is not
	 * writable), since subscriptions are not persistent and nothing is redelivered. Any thread.
	 */
	void deliver(String topic, byte[] payload, MqttQoS qos) {
		execute(() -> {
			if (ctx.channel().isActive() && ctx.channel().isWritable()) {
				int packetId = qos == MqttQoS.AT_MOST_ONCE ? 0 : nextPacketId();
				ctx.writeAndFlush(Packets.publish(topic, payload, qos, packetId), ctx.voidPromise());
			}
		});
	}

	private int nextPacketId() {
		lastPacketId = lastPacketId == 0xFFFF ? 1 : lastPacketId + 1;
		return lastPacketId;
	}

	/** Runs a task on this connection's event loop (at once when already there). Any thread. */
	void execute(Runnable task) {
		if (ctx.executor().inEventLoop()) {
			task.run();
			return;
		}
		try {
			ctx.executor().execute(task);
		}
		catch (RejectedExecutionException e) {
			// The broker has stopped; the connection is gone and the client will send again.
		}
	}

	/** Closes the connection, e.g. when its client connected again. Any thread. */
	void close() {
		ctx.close();
	}

	/** Reads while the client's QoS 1 messages in flight stay under the limit and acknowledgements can be written. */
	private void updateReading() {
		int limit = readingPaused ? broker.maxInFlight / 2 : broker.maxInFlight;
		readingPaused = broker.stopping() || !ctx.channel().isWritable() || inFlight > limit;
		ctx.channel().config().setAutoRead(!readingPaused);
	}

	@Override
	public void channelWritabilityChanged(ChannelHandlerContext ctx) {
		updateReading();
		ctx.fireChannelWritabilityChanged();
	}

	/** Keep-alive expired: closes, unless the silence is the broker's own doing (reading paused). */
	@Override
	public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
		if (event instanceof IdleStateEvent && !readingPaused) {
			ctx.close();
		}
		else {
			ctx.fireUserEventTriggered(event);
		}
	}

	@Override
	public void channelInactive(ChannelHandlerContext ctx) {
		broker.sessions.closed(clientId, this);
		if (!login.isDevice()) {
			broker.subscriptions.removeAll(this);
		}
		ctx.fireChannelInactive();
	}

	@Override
	public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
		failed(cause);
		ctx.close();
	}

	/** Logs why a connection failed: quietly for network errors, which are everyday events. */
	static void failed(Throwable cause) {
		if (cause instanceof IOException) {
			log.debug("MQTT connection failed: {}", cause.toString());
		}
		else {
			log.warn("Closing an MQTT connection after an unexpected error", cause);
		}
	}

	private void reply(MqttMessageType type, int packetId) {
		if (ctx.channel().isActive()) {
			ctx.writeAndFlush(Packets.reply(type, packetId), ctx.voidPromise());
		}
	}
}
