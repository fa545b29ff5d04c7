package org.tongguan.console.live;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongguan.identity.Caller;
import org.tongguan.region.Regions;

/**
 * 实时推送 — the console's live stream: the open browser connections, each with the caller it was opened for, and the
 * fan-out of case and alarm changes to the connections whose caller's roles and data scope allow them. Publishing
 * never waits for a browser: every connection has its own bounded queue and is written by a writer thread of its
 * own while it has frames; a browser that falls {@code queueCapacity} frames behind is disconnected. A heartbeat
 * comment goes to every connection at a fixed rate, and the connections of a session end with it.
 */
public class LiveStream implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(LiveStream.class);

	private final Regions regions;

	private final LiveStreamProperties properties;

	private final Set<LiveConnection> connections = ConcurrentHashMap.newKeySet();

	private final AtomicLong sequence = new AtomicLong();

	private final ExecutorService writers = Executors.newCachedThreadPool(named("console-live-writer-"));

	private final ScheduledExecutorService heartbeats = Executors
		.newSingleThreadScheduledExecutor(named("console-live-heartbeat-"));

	public LiveStream(Regions regions, LiveStreamProperties properties) {
		this.regions = regions;
		this.properties = properties;
		long every = properties.heartbeat().toMillis();
		heartbeats.scheduleAtFixedRate(this::heartbeat, every, every, TimeUnit.MILLISECONDS);
	}

	/**
	 * Opens a connection for the caller, or answers empty when the platform holds as many as it allows.
	 *
	 * @param session the HTTP session the stream belongs to ({@code null} for a bearer-token caller); the connection
	 *        ends when it does
	 */
	public Optional<Connection> open(Caller caller, String session, LiveSink sink) {
		if (connections.size() >= properties.maxConnections()) {
			return Optional.empty();
		}
		LiveConnection connection = new LiveConnection(caller, session, sink, properties.queueCapacity(), writers,
				connections::remove);
		connections.add(connection);
		return Optional.of(new Connection(connection));
	}

	/** Queues the event for every open connection that may see it, without waiting for any of them. */
	public void publish(LiveEvent event) {
		long id = sequence.incrementAndGet();
		LiveConnection.Frame frame = new LiveConnection.Frame(id, event.name(), event.json());
		for (LiveConnection connection : connections) {
			if (receives(connection.caller(), event)) {
				connection.offer(frame);
			}
		}
	}

	/** Ends every connection of the session (at logout, or when the session expires). */
	public void endSession(String session) {
		connections.stream().filter(connection -> Objects.equals(session, connection.session()))
			.forEach(LiveConnection::close);
	}

	/** Ends every connection (the application is closing; browsers reconnect on their own). */
	public void endAll() {
		connections.forEach(LiveConnection::close);
	}

	/** How many connections are open. */
	public int size() {
		return connections.size();
	}

	/** Sends the heartbeat comment to every connection now. */
	void heartbeat() {
		LiveConnection.Frame beat = new LiveConnection.Frame(0, null, "heartbeat");
		connections.forEach(connection -> connection.offer(beat));
	}

	private boolean receives(Caller caller, LiveEvent event) {
		boolean role = event.audience().isEmpty() || caller.roles().stream().anyMatch(event.audience()::contains);
		return role && regions.isWithin(event.region(), caller.scope());
	}

	@Override
	public void close() {
		heartbeats.shutdownNow();
		endAll();
		writers.shutdown();
		try {
			if (!writers.awaitTermination(2, TimeUnit.SECONDS)) {
				writers.shutdownNow();
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		log.debug("Live stream closed");
	}

	private static ThreadFactory named(String prefix) {
		AtomicInteger count = new AtomicInteger();
		return runnable -> {
			Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
	}

	/** An open connection, as its owner (the stream's HTTP request) holds it. */
	public static final class Connection {

		private final LiveConnection connection;

		Connection(LiveConnection connection) {
			this.connection = connection;
		}

		/** Queues an event for this connection only (e.g. the greeting that tells the browser it is connected). */
		public void send(String name, String json) {
			connection.offer(new LiveConnection.Frame(0, name, json));
		}

		/** Whether the connection is still open. */
		public boolean open() {
			return connection.open();
		}

		/** Ends the connection (the browser went away, or the request timed out). */
		public void close() {
			connection.close();
		}
	}
}
