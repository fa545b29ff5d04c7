package org.tongguan.sensing.mqtt;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongguan.sensing.ingest.Rejection;

import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.codec.mqtt.MqttConnAckMessage;
import io.netty.handler.codec.mqtt.MqttConnAckVariableHeader;
import io.netty.handler.codec.mqtt.MqttConnectMessage;
import io.netty.handler.codec.mqtt.MqttConnectReturnCode;
import io.netty.handler.codec.mqtt.MqttFixedHeader;
import io.netty.handler.codec.mqtt.MqttIdentifierRejectedException;
import io.netty.handler.codec.mqtt.MqttMessage;
import io.netty.handler.codec.mqtt.MqttMessageIdVariableHeader;
import io.netty.handler.codec.mqtt.MqttMessageType;
import io.netty.handler.codec.mqtt.MqttPublishMessage;
import io.netty.handler.codec.mqtt.MqttPublishVariableHeader;
import io.netty.handler.codec.mqtt.MqttQoS;
import io.netty.handler.codec.mqtt.MqttSubAckMessage;
import io.netty.handler.codec.mqtt.MqttSubAckPayload;
import io.netty.handler.codec.mqtt.MqttSubscribeMessage;
import io.netty.handler.codec.mqtt.MqttTopicSubscription;
import io.netty.handler.codec.mqtt.MqttUnacceptableProtocolVersionException;
import io.netty.handler.codec.mqtt.MqttUnsubAckMessage;
import io.netty.handler.codec.mqtt.MqttUnsubscribeMessage;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.handler.timeout.IdleStateHandler;
import io.netty.util.ReferenceCountUtil;

/**
 * One client connection of the embedded broker (嵌入式代理): CONNECT with authentication off the event loop, a device's
 * publishes into ingestion, a monitoring client's subscriptions and deliveries, keep-alive, and reading paused while
 * too many of its QoS 1 messages wait to be stored or its socket cannot take more acknowledgements. Every method runs
 * on the connection's event loop except {@link #deliver}, {@link #execute} and {@link #close}.
 */
final class BrokerConnection extends ChannelInboundHandlerAdapter {

	static final String IDLE_HANDLER = "idle";

	private static final Logger log = LoggerFactory.getLogger(BrokerConnection.class);

	/** Packets a client may send after CONNECT before it is authenticated (MQTT allows not waiting for CONNACK). */
	private static final int MAX_EARLY_MESSAGES = 32;

	private static final int REFUSED = 0x80;

	private final BrokerContext broker;

	private ChannelHandlerContext ctx;

	private Login login;

	private String clientId;

	private String telemetryTopic;

	private boolean authenticating;

	private final ArrayDeque<MqttMessage> early = new ArrayDeque<>(0);

	private boolean readingPaused;

	private int inFlight;

	private int lastPacketId;

	BrokerConnection(BrokerContext broker) {
		this.broker = broker;
	}

	@Override
	public void handlerAdded(ChannelHandlerContext ctx) {
		this.ctx = ctx;
	}

	@Override
	public void channelRead(ChannelHandlerContext ctx, Object msg) {
		MqttMessage message = (MqttMessage) msg;
		if (authenticating) {
			holdUntilAuthenticated(message);
			return;
		}
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
			invalid(message.decoderResult().cause());
			return;
		}
		MqttMessageType type = message.fixedHeader().messageType();
		if (login == null) {
			if (type == MqttMessageType.CONNECT) {
				connect((MqttConnectMessage) message);
			}
			else {
				ctx.close();
			}
			return;
		}
		switch (type) {
			case PUBLISH -> publish((MqttPublishMessage) message);
			case PUBREL -> reply(MqttMessageType.PUBCOMP, packetId(message));
			case SUBSCRIBE -> subscribe((MqttSubscribeMessage) message);
			case UNSUBSCRIBE -> unsubscribe((MqttUnsubscribeMessage) message);
			case PINGREQ -> ctx.writeAndFlush(new MqttMessage(header(MqttMessageType.PINGRESP)), ctx.voidPromise());
			case PUBACK -> {
				// A monitoring client acknowledges a delivery; deliveries are not repeated, so nothing to do.
			}
			default -> ctx.close(); // DISCONNECT, a second CONNECT or a packet only servers send
		}
	}

	private void invalid(Throwable cause) {
		if (cause instanceof TooLongFrameException && login != null && login.isDevice()) {
			broker.ingestion.rejected(login.device().code().value(), Rejection.OVERSIZE);
		}
		if (cause instanceof MqttUnacceptableProtocolVersionException) {
			refuse(MqttConnectReturnCode.CONNECTION_REFUSED_UNACCEPTABLE_PROTOCOL_VERSION);
		}
		else if (cause instanceof MqttIdentifierRejectedException) {
			refuse(MqttConnectReturnCode.CONNECTION_REFUSED_IDENTIFIER_REJECTED);
		}
		else {
			ctx.close();
		}
	}

	private void connect(MqttConnectMessage connect) {
		int level = connect.variableHeader().version();
		if (level != 3 && level != 4) { // MQTT 3.1 and 3.1.1 only
			refuse(MqttConnectReturnCode.CONNECTION_REFUSED_UNACCEPTABLE_PROTOCOL_VERSION);
			return;
		}
		String username = connect.payload().userName();
		byte[] password = connect.payload().passwordInBytes();
		String id = connect.payload().clientIdentifier();
		int keepAlive = connect.variableHeader().keepAliveTimeSeconds();
		authenticating = true;
		ctx.channel().config().setAutoRead(false);
		try {
			broker.authentication.execute(() -> authenticate(username, password, id, keepAlive));
		}
		catch (RejectedExecutionException e) {
			authenticating = false;
			refuse(MqttConnectReturnCode.CONNECTION_REFUSED_SERVER_UNAVAILABLE);
		}
	}

	/** Runs on an authentication thread, then continues on the event loop. */
	private void authenticate(String username, byte[] password, String id, int keepAlive) {
		Optional<Login> result;
		try {
			result = broker.logins.authenticate(username,
					password == null ? null : new String(password, StandardCharsets.UTF_8));
		}
		catch (RuntimeException e) {
			log.warn("MQTT authentication failed", e);
			result = null;
		}
		Optional<Login> outcome = result;
		execute(() -> authenticated(outcome, id, keepAlive));
	}

	private void authenticated(Optional<Login> result, String id, int keepAlive) {
		authenticating = false;
		if (!ctx.channel().isActive()) {
			releaseEarly();
		}
		else if (result == null) {
			refuse(MqttConnectReturnCode.CONNECTION_REFUSED_SERVER_UNAVAILABLE);
		}
		else if (result.isEmpty()) {
			refuse(MqttConnectReturnCode.CONNECTION_REFUSED_BAD_USER_NAME_OR_PASSWORD);
		}
		else {
			login = result.get();
			clientId = id;
			telemetryTopic = login.isDevice() ? TelemetryTopic.of(login.device().code()) : null;
			watchKeepAlive(keepAlive);
			broker.sessions.opened(id, this);
			ctx.writeAndFlush(new MqttConnAckMessage(header(MqttMessageType.CONNACK),
					new MqttConnAckVariableHeader(MqttConnectReturnCode.CONNECTION_ACCEPTED, false)), ctx.voidPromise());
			MqttMessage held;
			while ((held = early.poll()) != null) {
				channelRead(ctx, held);
			}
			updateReading();
		}
	}

	private void holdUntilAuthenticated(MqttMessage message) {
		if (early.size() < MAX_EARLY_MESSAGES) {
			early.add(message);
		}
		else {
			ReferenceCountUtil.release(message);
			ctx.close();
		}
	}

	private void watchKeepAlive(int seconds) {
		if (seconds == 0) {
			ctx.pipeline().remove(IDLE_HANDLER);
		}
		else { // MQTT 3.1.1 §3.1.2.10: one and a half keep-alive periods without a packet end the connection
			ctx.pipeline()
				.replace(IDLE_HANDLER, IDLE_HANDLER, new IdleStateHandler(seconds * 1500L, 0, 0, TimeUnit.MILLISECONDS));
		}
	}

	private void publish(MqttPublishMessage publish) {
		MqttQoS qos = publish.fixedHeader().qosLevel();
		int packetId = publish.variableHeader().packetId();
		String topic = publish.variableHeader().topicName();
		if (!login.isDevice() || !telemetryTopic.equals(topic)) {
			if (login.isDevice()) {
				broker.ingestion.rejected(login.device().code().value(), Rejection.FOREIGN_TOPIC);
			}
			acknowledge(qos, packetId);
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

	/** Ingestion is done with a QoS 1 or 2 message of this connection. */
	void acknowledged(MqttQoS qos, int packetId) {
		inFlight--;
		broker.sent(-1);
		acknowledge(qos, packetId);
		if (readingPaused) {
			updateReading();
		}
	}

	private void acknowledge(MqttQoS qos, int packetId) {
		if (qos == MqttQoS.AT_LEAST_ONCE) {
			reply(MqttMessageType.PUBACK, packetId);
		}
		else if (qos == MqttQoS.EXACTLY_ONCE) {
			reply(MqttMessageType.PUBREC, packetId);
		}
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
		ctx.writeAndFlush(new MqttSubAckMessage(header(MqttMessageType.SUBACK),
				MqttMessageIdVariableHeader.from(subscribe.variableHeader().messageId()), new MqttSubAckPayload(granted)),
				ctx.voidPromise());
	}

	private void unsubscribe(MqttUnsubscribeMessage unsubscribe) {
		for (String filter : unsubscribe.payload().topics()) {
			broker.subscriptions.remove(this, filter);
		}
		ctx.writeAndFlush(new MqttUnsubAckMessage(header(MqttMessageType.UNSUBACK),
				MqttMessageIdVariableHeader.from(unsubscribe.variableHeader().messageId())), ctx.voidPromise());
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
				ctx.writeAndFlush(new MqttPublishMessage(new MqttFixedHeader(MqttMessageType.PUBLISH, false, qos, false, 0),
						new MqttPublishVariableHeader(topic, packetId), Unpooled.wrappedBuffer(payload)), ctx.voidPromise());
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
	void updateReading() {
		if (login == null || authenticating) {
			return;
		}
		int limit = readingPaused ? broker.maxInFlight / 2 : broker.maxInFlight;
		readingPaused = broker.stopping() || !ctx.channel().isWritable() || inFlight > limit;
		ctx.channel().config().setAutoRead(!readingPaused);
	}

	@Override
	public void channelWritabilityChanged(ChannelHandlerContext ctx) {
		updateReading();
		ctx.fireChannelWritabilityChanged();
	}

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
		if (login != null && !login.isDevice()) {
			broker.subscriptions.removeAll(this);
		}
		releaseEarly();
		ctx.fireChannelInactive();
	}

	@Override
	public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
		if (cause instanceof IOException) {
			log.debug("MQTT connection failed: {}", cause.toString());
		}
		else {
			log.warn("Closing an MQTT connection after an unexpected error", cause);
		}
		ctx.close();
	}

	private void refuse(MqttConnectReturnCode code) {
		releaseEarly();
		ctx.writeAndFlush(new MqttConnAckMessage(header(MqttMessageType.CONNACK),
				new MqttConnAckVariableHeader(code, false))).addListener(ChannelFutureListener.CLOSE);
	}

	private void reply(MqttMessageType type, int packetId) {
		if (ctx.channel().isActive()) {
			ctx.writeAndFlush(new MqttMessage(header(type), MqttMessageIdVariableHeader.from(packetId)),
					ctx.voidPromise());
		}
	}

	private void releaseEarly() {
		MqttMessage held;
		while ((held = early.poll()) != null) {
			ReferenceCountUtil.release(held);
		}
	}

	private static int packetId(MqttMessage message) {
		return ((MqttMessageIdVariableHeader) message.variableHeader()).messageId();
	}

	private static MqttFixedHeader header(MqttMessageType type) {
		return new MqttFixedHeader(type, false, MqttQoS.AT_MOST_ONCE, false, 0);
	}
}
