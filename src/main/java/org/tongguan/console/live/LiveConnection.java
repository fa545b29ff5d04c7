package org.tongguan.console.live;

import java.io.IOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import org.tongguan.identity.Caller;

/**
 * One browser's stream: the caller it was opened for, its own bounded queue of frames and one writer at a time.
 * Offering never blocks; a queue that is full means the browser reads too slowly, and the connection is closed (the
 * browser reconnects and reloads what it shows).
 */
final class LiveConnection {

	/** A frame to write: an event, or a comment when {@code name} is {@code null}. */
	record Frame(long id, String name, String data) {
	}

	private final Caller caller;

	private final String session;

	private final LiveSink sink;

	private final BlockingQueue<Frame> queue;

	private final Executor writers;

	private final Consumer<LiveConnection> onClose;

	private final AtomicBoolean writing = new AtomicBoolean();

	private final AtomicBoolean closed = new AtomicBoolean();

	LiveConnection(Caller caller, String session, LiveSink sink, int capacity, Executor writers,
			Consumer<LiveConnection> onClose) {
		this.caller = caller;
		this.session = session;
		this.sink = sink;
		this.queue = new ArrayBlockingQueue<>(capacity);
		this.writers = writers;
		this.onClose = onClose;
	}

	Caller caller() {
		return caller;
	}

	String session() {
		return session;
	}

	boolean open() {
		return !closed.get();
	}

	/** Queues a frame without waiting; closes the connection when its queue is full. */
	void offer(Frame frame) {
		if (closed.get()) {
			return;
		}
		if (!queue.offer(frame)) {
			close();
			return;
		}
		if (writing.compareAndSet(false, true)) {
			run(this::write);
		}
	}

	/** Ends the stream once; the sink is closed on a writer thread, never on the caller's. */
	void close() {
		if (closed.compareAndSet(false, true)) {
			queue.clear();
			onClose.accept(this);
			run(sink::close);
		}
	}

	/** Runs the task on a writer thread; once the platform stops, there are none, and nothing more is written. */
	private void run(Runnable task) {
		try {
			writers.execute(task);
		}
		catch (RejectedExecutionException stopped) {
			closed.set(true);
		}
	}

	private void write() {
		try {
			Frame frame;
			while (!closed.get() && (frame = queue.poll()) != null) {
				if (frame.name() == null) {
					sink.comment(frame.data());
				}
				else {
					sink.event(frame.id(), frame.name(), frame.data());
				}
			}
		}
		catch (IOException | RuntimeException gone) {
			close();
		}
		finally {
			writing.set(false);
		}
		if (!closed.get() && !queue.isEmpty() && writing.compareAndSet(false, true)) {
			run(this::write);
		}
	}
}
