package org.tongguan.sensing.mqtt;

import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongguan.sensing.ingest.TelemetryIngestion;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.mqtt.MqttDecoder;
import io.netty.handler.codec.mqtt.MqttEncoder;
import io.netty.handler.flush.FlushConsolidationHandler;
import io.netty.handler.timeout.IdleStateHandler;
import io.netty.util.concurrent.DefaultThreadFactory;
import io.netty.util.concurrent.GlobalEventExecutor;

/**
 * The embedded MQTT broker (嵌入式代理) devices publish their telemetry to: MQTT 3.1, 3.1.1 and 5 on Netty, a few event
 * loops for thousands of connections, started last and stopped first so that messages in flight are still stored and
 * acknowledged.
 */
public final class EmbeddedBroker extends BrokerLifecycle {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedBroker.class);

	/** MQTT 3.1 limits client ids to 23 characters; devices use their code (up to 64) as client id. */
	private static final int MAX_CLIENT_ID_LENGTH = 64;

	private final MqttProperties properties;

	private final Logins logins;

	private final TelemetryIngestion ingestion;

	private final String bindAddress;

	private final Clock clock;

	private ThreadPoolExecutor authentication;

	private BrokerContext context;

	private EventLoopGroup loops;

	private ChannelGroup connections;

	private volatile Channel server;

	/** A broker listening on {@code bindAddress} (see {@link MqttProperties#listenAddress}). */
	EmbeddedBroker(MqttProperties properties, String bindAddress, Logins logins, TelemetryIngestion ingestion,
			Clock clock) {
		super(properties.shutdownTimeout());
		this.properties = properties;
		this.bindAddress = bindAddress;
		this.logins = logins;
		this.ingestion = ingestion;
		this.clock = clock;
	}

	@Override
	void open() {
		// Logins may wait for the database (API keys), so they run on threads of their own.
		authentication = new ThreadPoolExecutor(2, 2, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(10_000),
				new DefaultThreadFactory("mqtt-login", true));
		int maxMessageSize = (int) properties.maxMessageSize().toBytes();
		context = new BrokerContext(ingestion, logins, authentication,
				new LoginLockout(properties.loginFailures(), clock), properties.maxInFlight(), maxMessageSize);
		loops = new MultiThreadIoEventLoopGroup(properties.eventLoops(), new DefaultThreadFactory("mqtt-broker"),
				NioIoHandler.newFactory());
		connections = new DefaultChannelGroup(GlobalEventExecutor.INSTANCE);
		long connectTimeout = properties.connectTimeout().toMillis();
		ServerBootstrap bootstrap = new ServerBootstrap().group(loops)
			.channel(NioServerSocketChannel.class)
			.option(ChannelOption.SO_BACKLOG, 1024)
			.childOption(ChannelOption.ALLOCATOR, PooledByteBufAllocator.DEFAULT)
			.childOption(ChannelOption.TCP_NODELAY, true)
			.childOption(ChannelOption.WRITE_BUFFER_WATER_MARK, new WriteBufferWaterMark(32 * 1024, 64 * 1024))
			.childHandler(new ChannelInitializer<SocketChannel>() {

				@Override
				protected void initChannel(SocketChannel channel) {
					connections.add(channel);
					channel.pipeline()
						.addLast(LoginHandler.IDLE_HANDLER,
								new IdleStateHandler(connectTimeout, 0, 0, TimeUnit.MILLISECONDS))
						.addLast(new FlushConsolidationHandler(256, true))
						.addLast(new MqttDecoder(maxMessageSize, MAX_CLIENT_ID_LENGTH))
						.addLast(MqttEncoder.INSTANCE)
						.addLast(new LoginHandler(context));
				}
			});
		try {
			server = bootstrap.bind(bindAddress, properties.port()).syncUninterruptibly().channel();
		}
		catch (RuntimeException e) {
			// The port is taken or the address wrong: release the threads so that a failed start ends the process.
			loops.shutdownGracefully(0, 0, TimeUnit.SECONDS);
			authentication.shutdownNow();
			throw e;
		}
		log.info("Embedded MQTT broker listening on {}:{}", bindAddress, port());
	}

	/** Stops accepting connections and reading messages. */
	@Override
	void stopReceiving() {
		server.close().syncUninterruptibly();
		context.stopReading();
		connections.forEach(channel -> channel.eventLoop().execute(() -> channel.config().setAutoRead(false)));
	}

	@Override
	long inFlight() {
		return context.inFlight();
	}

	@Override
	void close() {
		connections.close().awaitUninterruptibly();
		loops.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
		authentication.shutdownNow();
		server = null;
		log.info("Embedded MQTT broker stopped");
	}

	@Override
	public String host() {
		return bindAddress.equals("0.0.0.0") || bindAddress.equals("::") ? "localhost" : bindAddress;
	}

	@Override
	public int port() {
		Channel bound = server;
		if (bound == null) {
			throw new IllegalStateException("The embedded MQTT broker is not running");
		}
		return ((InetSocketAddress) bound.localAddress()).getPort();
	}
}
