package org.tongguan.sensing.mqtt.client;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.mqtt.MqttDecoder;
import io.netty.handler.codec.mqtt.MqttEncoder;
import io.netty.handler.flush.FlushConsolidationHandler;
import io.netty.handler.timeout.IdleStateHandler;
import io.netty.util.concurrent.DefaultThreadFactory;

/**
 * An MQTT 3.1.1 client (客户端) on Netty's codec whose connections share a few event loops: the platform's connection
 * to an external broker, the demo simulator's thousands of devices, the load generator's. Close it to close them all.
 */
public final class MqttClient implements AutoCloseable {

	/** Far above any payload a broker should pass on (16 KiB), so that one oversize message cannot stall a session. */
	private static final int MAX_MESSAGE_SIZE = 1024 * 1024;

	private final EventLoopGroup loops;

	private final Bootstrap bootstrap;

	/** A client with its own event-loop threads, named after {@code name}. */
	public MqttClient(int threads, String name) {
		this.loops = new MultiThreadIoEventLoopGroup(threads, new DefaultThreadFactory(name, true),
				NioIoHandler.newFactory());
		this.bootstrap = new Bootstrap().group(loops)
			.channel(NioSocketChannel.class)
			.option(ChannelOption.ALLOCATOR, PooledByteBufAllocator.DEFAULT)
			.option(ChannelOption.TCP_NODELAY, true)
			.option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 10_000);
	}

	/** Connects; the future completes once the broker accepted the connection, or fails (see MqttRefusedException). */
	public CompletableFuture<MqttConnection> connect(MqttClientOptions options) {
		CompletableFuture<MqttConnection> connected = new CompletableFuture<>();
		long keepAlive = options.keepAlive().toMillis();
		bootstrap.clone().handler(new ChannelInitializer<SocketChannel>() {

			@Override
			protected void initChannel(SocketChannel channel) {
				if (keepAlive > 0) {
					channel.pipeline()
						.addLast(new IdleStateHandler(keepAlive * 3 / 2, keepAlive, 0, TimeUnit.MILLISECONDS));
				}
				channel.pipeline()
					.addLast(new FlushConsolidationHandler(256, true))
					.addLast(new MqttDecoder(MAX_MESSAGE_SIZE))
					.addLast(MqttEncoder.INSTANCE)
					.addLast(new ClientProtocol(options, connected));
			}
		}).connect(options.host(), options.port()).addListener(connecting -> {
			if (!connecting.isSuccess()) {
				connected.completeExceptionally(connecting.cause());
			}
		});
		return connected;
	}

	/** Runs a task later on one of the client's threads, e.g. a reconnect. */
	public void schedule(Runnable task, Duration delay) {
		loops.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS);
	}

	/** Closes every connection and stops the threads. */
	@Override
	public void close() {
		loops.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
	}
}
