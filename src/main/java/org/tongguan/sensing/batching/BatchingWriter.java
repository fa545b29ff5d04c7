package org.tongguan.sensing.batching;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.ToIntFunction;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One background thread that takes items from a queue in batches and hands each batch to a {@link Batches}, so that
 * the threads putting items into the queue never wait for the database. A batch starts with the first item (waited
 * for up to {@value #POLL_MILLIS} ms at a time) and takes more until its weight reaches the limit, the linger time is
 * up, or no item came for the idle gap. A failing batch is logged and the writer goes on; stopping lets it finish
 * what is queued (and whatever else {@code moreToCome} says is still on its way).
 *
 * @param <T> what is queued
 */
public final class BatchingWriter<T> {

	private static final Logger log = LoggerFactory.getLogger(BatchingWriter.class);

	private static final long POLL_MILLIS = 100;

	private final String name;

	private final boolean daemon;

	private final BlockingQueue<T> queue;

	private final Limits<T> limits;

	private final Batches<T> batches;

	private final BooleanSupplier moreToCome;

	private volatile boolean running;

	private Thread thread;

	/**
	 * A writer over {@code queue}; {@code moreToCome} says whether anything is still on its way besides what is queued
	 * (the writer runs on after stopping while it is), {@code daemon} whether the thread lets the JVM exit.
	 */
	public BatchingWriter(String name, boolean daemon, BlockingQueue<T> queue, Limits<T> limits,
			Batches<T> batches, BooleanSupplier moreToCome) {
		this.name = name;
		this.daemon = daemon;
		this.queue = queue;
		this.limits = limits;
		this.batches = batches;
		this.moreToCome = moreToCome;
	}

	/** A writer that runs on after stopping until its queue is empty. */
	public BatchingWriter(String name, boolean daemon, BlockingQueue<T> queue, Limits<T> limits,
			Batches<T> batches) {
		this(name, daemon, queue, limits, batches, () -> !queue.isEmpty());
	}

	/** Starts the thread. */
	public synchronized void start() {
		running = true;
		thread = new Thread(this::run, name);
		thread.setDaemon(daemon);
		thread.start();
	}

	/** Asks the thread to finish what is queued and waits for it up to {@code wait}; answers whether it finished. */
	public synchronized boolean stop(Duration wait) {
		running = false;
		try {
			thread.join(wait.toMillis());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		return !thread.isAlive();
	}

	/** Whether the writer was started and not yet asked to stop. */
	public boolean isRunning() {
		return running;
	}

	private void run() {
		List<T> batch = new ArrayList<>();
		while (running || moreToCome.getAsBoolean()) {
			try {
				if (collect(batch)) {
					batches.write(batch);
				}
				batches.turned();
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException e) {
				log.error("The {} failed; it goes on", name, e);
			}
			finally {
				if (!batch.isEmpty()) {
					batches.done(batch);
				}
				batch.clear();
			}
		}
		batches.finished();
	}

	/** Collects the next batch; false when no item came. */
	private boolean collect(List<T> batch) throws InterruptedException {
		T first = queue.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
		if (first == null) {
			return false;
		}
		long deadline = System.nanoTime() + limits.linger().toNanos();
		long idle = limits.idle().toNanos();
		int weight = 0;
		for (T next = first; next != null;) {
			batch.add(next);
			weight += limits.weight().applyAsInt(next);
			if (weight >= limits.maxWeight()) {
				break;
			}
			next = queue.poll();
			if (next == null) {
				long wait = Math.min(deadline - System.nanoTime(), idle);
				next = wait > 0 ? queue.poll(wait, TimeUnit.NANOSECONDS) : null;
			}
		}
		return true;
	}

	/**
	 * How big a batch grows: until the items' weight reaches {@code maxWeight}, or {@code linger} after its first item,
	 * or when no item came for {@code idle}.
	 *
	 * @param <T> what is queued
	 */
	public record Limits<T>(int maxWeight, ToIntFunction<T> weight, Duration linger, Duration idle) {

		/** Up to {@code max} items, only those queued already when the first is taken. */
		public static <T> Limits<T> atMost(int max) {
			return new Limits<>(max, item -> 1, Duration.ZERO, Duration.ZERO);
		}
	}

	/**
	 * What the writer does with its batches, all on its own thread.
	 *
	 * @param <T> what is queued
	 */
	public interface Batches<T> {

		/** Writes one batch. */
		void write(List<T> batch) throws InterruptedException;

		/** After every turn of the writer, with or without a batch. */
		default void turned() {
		}

		/** After a batch, written or not. */
		default void done(List<T> batch) {
		}

		/** Once, when the writer ends after stopping. */
		default void finished() {
		}
	}
}
