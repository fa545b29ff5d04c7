package org.tongguan.console.live;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs the live feeds' work once the transaction that published a module event has committed (never for one rolled
 * back), on one worker thread of the console with a bounded backlog, so the thread that made the change never waits
 * for the console. A backlog that is full drops the push (browsers catch up when they reload or reconnect) and says
 * so in the log.
 */
@Component
class AfterCommit implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(AfterCommit.class);

	private static final int BACKLOG = 10_000;

	private final ThreadPoolExecutor worker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
			new ArrayBlockingQueue<>(BACKLOG), runnable -> {
				Thread thread = new Thread(runnable, "console-live-feed");
				thread.setDaemon(true);
				return thread;
			}, (task, executor) -> log.warn("Live stream backlog of {} full; a change is not pushed", BACKLOG));

	/** Runs the task after the current transaction commits, or at once when there is no transaction. */
	void run(Runnable task) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			worker.execute(() -> guarded(task));
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				worker.execute(() -> guarded(task));
			}
		});
	}

	private static void guarded(Runnable task) {
		try {
			task.run();
		}
		catch (RuntimeException e) {
			log.warn("A live stream push failed", e);
		}
	}

	@Override
	public void destroy() {
		worker.shutdownNow();
	}
}
