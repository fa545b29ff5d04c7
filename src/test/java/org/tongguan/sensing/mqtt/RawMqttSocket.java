package org.tongguan.sensing.mqtt;

import java.io.IOException;
import java.io.InputStream;
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

/** A bare MQTT socket for what a well-behaved client never does: stay silent, speak MQTT 5, send garbage. */
final class RawMqttSocket implements AutoCloseable {

	private final Socket socket;

	private final EmbeddedChannel encoder = new EmbeddedChannel(MqttEncoder.INSTANCE);

	private final EmbeddedChannel decoder = new EmbeddedChannel(new MqttDecoder());

	RawMqttSocket(int port) throws IOException {
		socket = new Socket("127.0.0.1", port);
		socket.setSoTimeout(5_000);
	}

	void send(MqttMessage message) throws IOException {
		encoder.writeOutbound(message);
		ByteBuf bytes;
		while ((bytes = encoder.readOutbound()) != null) {
			socket.getOutputStream().write(ByteBufUtil.getBytes(bytes));
			bytes.release();
		}
	}

	/** The next packet from the broker; fails when none comes within five seconds. */
	MqttMessage receive() throws IOException {
		InputStream in = socket.getInputStream();
		byte[] buffer = new byte[4096];
		MqttMessage message;
		while ((message = decoder.readInbound()) == null) {
			int read = in.read(buffer);
			if (read < 0) {
				throw new IOException("The broker closed the connection");
			}
			decoder.writeInbound(Unpooled.copiedBuffer(buffer, 0, read));
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
		encoder.finishAndReleaseAll();
		decoder.finishAndReleaseAll();
	}
}
