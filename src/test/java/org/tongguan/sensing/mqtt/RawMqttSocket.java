package org.tongguan.sensing.mqtt;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.mqtt.MqttDecoder;
import io.netty.handler.codec.mqtt.MqttEncoder;
import io.netty.handler.codec.mqtt.MqttMessage;
import io.netty.handler.codec.mqtt.MqttVersion;
import io.netty.util.AttributeKey;

/**
 * A bare MQTT socket for what our own client does not do: stay silent, speak MQTT 5, send garbage, connect from
 * another loopback address.
 */
final class RawMqttSocket implements AutoCloseable {

	/** Where Netty's codec keeps a connection's protocol version (its encoder writes MQTT 5 properties by it). */
	private static final AttributeKey<MqttVersion> VERSION = AttributeKey.valueOf("NETTY_CODEC_MQTT_VERSION");

	private final Socket socket;

	private final EmbeddedChannel codec = new EmbeddedChannel(new MqttDecoder(), MqttEncoder.INSTANCE);

	RawMqttSocket(int port) throws IOException {
		this(port, "127.0.0.1");
	}

	/** A socket from this local (loopback) address. */
	RawMqttSocket(int port, String localAddress) throws IOException {
		socket = new Socket(InetAddress.getByName("127.0.0.1"), port, InetAddress.getByName(localAddress), 0);
		socket.setSoTimeout(5_000);
	}

	/** Encodes and decodes as MQTT 5 from now on (send the MQTT 5 CONNECT first). */
	RawMqttSocket mqtt5() {
		codec.attr(VERSION).set(MqttVersion.MQTT_5);
		return this;
	}

	void send(MqttMessage message) throws IOException {
		codec.writeOutbound(message);
		ByteBuf bytes;
		while ((bytes = codec.readOutbound()) != null) {
			socket.getOutputStream().write(ByteBufUtil.getBytes(bytes));
			bytes.release();
		}
	}

	/** The next packet from the broker; fails when none comes within five seconds. */
	MqttMessage receive() throws IOException {
		InputStream in = socket.getInputStream();
		byte[] buffer = new byte[4096];
		MqttMessage message;
		while ((message = codec.readInbound()) == null) {
			int read = in.read(buffer);
			if (read < 0) {
				throw new IOException("The broker closed the connection");
			}
			codec.writeInbound(Unpooled.copiedBuffer(buffer, 0, read));
		}
		return message;
	}

	/** Whether the broker closes the connection within the time, reading (and ignoring) whatever it sends before. */
	boolean closedWithin(Duration time) throws IOException {
		socket.setSoTimeout((int) time.toMillis());
		try {
			InputStream in = socket.getInputStream();
			while (in.read() >= 0) {
				// skip packets
			}
			return true;
		}
		catch (SocketTimeoutException e) {
			return false;
		}
	}

	@Override
	public void close() throws IOException {
		socket.close();
		codec.finishAndReleaseAll();
	}
}
