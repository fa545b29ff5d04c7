package org.tongguan.sensing.mqtt;

import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.mqtt.MqttConnectMessage;
import io.netty.handler.codec.mqtt.MqttConnectReturnCode;
import io.netty.handler.codec.mqtt.MqttIdentifierRejectedException;
import io.netty.handler.codec.mqtt.MqttMessage;
import io.netty.handler.codec.mqtt.MqttMessageType;
import io.netty.handler.codec.mqtt.MqttProperties.MqttProperty;
import io.netty.handler.codec.mqtt.MqttProperties.MqttPropertyType;
import io.netty.handler.codec.mqtt.MqttUnacceptableProtocolVersionException;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.handler.timeout.IdleStateHandler;
import io.netty.util.ReferenceCountUtil;

/**
 * The start of every broker connection: waits for CONNECT (MQTT 3.1, 3.1.1 or 5), refuses an address or device locked
 * out after too many wrong passwords without checking the password, checks the credentials on an authentication thread
 * (API keys are looked up in the database) while the channel does not read, answers CONNACK, and on success hands the
 * channel, with the packets the client sent before CONNACK, to a {@link BrokerConnection}.
 */
final class LoginHandler extends ChannelInboundHandlerAdapter {

	static final String IDLE_HANDLER = "idle";

	private static final Logger log = LoggerFactory.getLogger(LoginHandler.class);

	/** Packets a client may send after CONNECT before it is authenticated (MQTT allows not waiting for CONNACK). */
	private static final int MAX_EARLY_MESSAGES = 32;

	private final BrokerContext broker;

	private final ArrayDeque<MqttMessage> early = new ArrayDeque<>(0);

	private boolean authenticating;

	private boolean mqtt5;

	LoginHandler(BrokerContext broker) {
		this.broker = broker;
	}

	@Override
	public void channelRead(ChannelHandlerContext ctx, Object msg) {
		MqttMessage message = (MqttMessage) msg;
		if (authenticating) {
			holdUntilAuthenticated(ctx, message);
			return;
		}
		try {
			Throwable invalid = message.decoderResult().cause();
			if (invalid instanceof MqttUnacceptableProtocolVersionException) {
				refuse(ctx, ConnectRefusal.UNSUPPORTED_VERSION);
			}
			else if (invalid instanceof MqttIdentifierRejectedException) {
				refuse(ctx, ConnectRefusal.CLIENT_ID_REJECTED);
			}
			else if (invalid == null && message.fixedHeader().messageType() == MqttMessageType.CONNECT) {
				connect(ctx, (MqttConnectMessage) message);
			}
			else {
				ctx.close();
			}
		}
		finally {
			ReferenceCountUtil.release(message);
		}
	}

	private void connect(ChannelHandlerContext ctx, MqttConnectMessage connect) {
		int level = connect.variableHeader().version();
		mqtt5 = level == 5;
		if (level != 3 && level != 4 && !mqtt5) { // MQTT 3.1, 3.1.1 and 5
			refuse(ctx, ConnectRefusal.UNSUPPORTED_VERSION);
			return;
		}
		String username = connect.payload().userName();
		String address = address(ctx.channel().remoteAddress());
		byte[] password = connect.payload().passwordInBytes();
		String clientId = connect.payload().clientIdentifier();
		boolean assign = mqtt5 && clientId.isEmpty(); // MQTT 5 §3.1.3.1: the server assigns one and says which
		ConnectRequest request = new ConnectRequest(assign ? "auto-" + UUID.randomUUID() : clientId, assign,
				connect.variableHeader().keepAliveTimeSeconds(), explains(connect));
		authenticating = true;
		ctx.channel().config().setAutoRead(false);
		try {
			broker.authentication.execute(() -> {
				// Checked here, where the attempts queue up, so that parallel connections do not all get past it.
				if (broker.lockout.lockedOut(address, username)) {
					execute(ctx, () -> lockedOut(ctx));
					return;
				}
				Optional<Login> login = authenticate(username, password);
				if (login != null && login.isEmpty()) {
					broker.lockout.failed(address, username);
				}
				execute(ctx, () -> authenticated(ctx, login, request));
			});
		}
		catch (RejectedExecutionException e) {
			authenticating = false;
			refuse(ctx, ConnectRefusal.UNAVAILABLE);
		}
	}

	/** MQTT 5 clients may ask for no reason strings (request problem information 0); older ones get none anyway. */
	private boolean explains(MqttConnectMessage connect) {
		if (!mqtt5) {
			return false;
		}
		MqttProperty<?> asked = connect.variableHeader()
			.properties()
			.getProperty(MqttPropertyType.REQUEST_PROBLEM_INFORMATION.value());
		return asked == null || !Integer.valueOf(0).equals(asked.value());
	}

	private static String address(SocketAddress remote) {
		return remote instanceof InetSocketAddress inet && inet.getAddress() != null
				? inet.getAddress().getHostAddress() : String.valueOf(remote);
	}

	/** Who the credentials belong to, empty when they are wrong, null when they could not be checked. */
	private Optional<Login> authenticate(String username, byte[] password) {
		try {
			return broker.logins.authenticate(username,
					password == null ? null : new String(password, StandardCharsets.UTF_8));
		}
		catch (RuntimeException e) {
			log.warn("MQTT authentication failed", e);
			return null;
		}
	}

	private void lockedOut(ChannelHandlerContext ctx) {
		authenticating = false;
		refuse(ctx, ConnectRefusal.LOCKED_OUT);
	}

	private void authenticated(ChannelHandlerContext ctx, Optional<Login> login, ConnectRequest request) {
		authenticating = false;
		if (!ctx.channel().isActive()) {
			releaseEarly();
		}
		else if (login == null) {
			refuse(ctx, ConnectRefusal.UNAVAILABLE);
		}
		else if (login.isEmpty()) {
			refuse(ctx, ConnectRefusal.BAD_CREDENTIALS);
		}
		else {
			watchKeepAlive(ctx, request.keepAlive());
			ctx.writeAndFlush(mqtt5 ? Packets.connAccepted5(Math.min(broker.maxInFlight, 0xFFFF),
					broker.maxMessageSize, request.assigned() ? request.clientId() : null)
					: Packets.connAck(MqttConnectReturnCode.CONNECTION_ACCEPTED), ctx.voidPromise());
			BrokerConnection connection = new BrokerConnection(broker, login.get(), request.clientId(), mqtt5,
					request.explains());
			ctx.pipeline().replace(this, "connection", connection);
			broker.sessions.opened(request.clientId(), connection);
			connection.start(early);
		}
	}

	private void holdUntilAuthenticated(ChannelHandlerContext ctx, MqttMessage message) {
		if (early.size() < MAX_EARLY_MESSAGES) {
			early.add(message);
		}
		else {
			ReferenceCountUtil.release(message);
			ctx.close();
		}
	}

	/** MQTT 3.1.1 §3.1.2.10: one and a half keep-alive periods without a packet end the connection (0: never). */
	private static void watchKeepAlive(ChannelHandlerContext ctx, int seconds) {
		if (seconds == 0) {
			ctx.pipeline().remove(IDLE_HANDLER);
		}
		else {
			ctx.pipeline()
				.replace(IDLE_HANDLER, IDLE_HANDLER, new IdleStateHandler(seconds * 1500L, 0, 0, TimeUnit.MILLISECONDS));
		}
	}

	@Override
	public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
		if (event instanceof IdleStateEvent) {
			ctx.close(); // no CONNECT, or no verdict on it, within the connect timeout
		}
		else {
			ctx.fireUserEventTriggered(event);
		}
	}

	@Override
	public void channelInactive(ChannelHandlerContext ctx) {
		releaseEarly();
		ctx.fireChannelInactive();
	}

	@Override
	public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
		BrokerConnection.failed(cause);
		ctx.close();
	}

	private void refuse(ChannelHandlerContext ctx, ConnectRefusal refusal) {
		releaseEarly();
		ctx.writeAndFlush(Packets.connAck(refusal.code(mqtt5))).addListener(ChannelFutureListener.CLOSE);
	}

	private void releaseEarly() {
		MqttMessage held;
		while ((held = early.poll()) != null) {
			ReferenceCountUtil.release(held);
		}
	}

	private static void execute(ChannelHandlerContext ctx, Runnable task) {
		try {
			ctx.executor().execute(task);
		}
		catch (RejectedExecutionException e) {
			// the broker stopped meanwhile
		}
	}

	/**
	 * What the CONNECT asked for, kept while the credentials are checked.
	 *
	 * @param clientId the client id, or the one the broker assigned to an MQTT 5 client that sent none
	 * @param assigned whether the broker assigned it
	 * @param keepAlive the keep-alive interval in seconds
	 * @param explains whether refusals may carry a reason string
	 */
	private record ConnectRequest(String clientId, boolean assigned, int keepAlive, boolean explains) {
	}
}
