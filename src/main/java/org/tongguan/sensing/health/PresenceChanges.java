package org.tongguan.sensing.health;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongguan.sensing.DeviceOffline;
import org.tongguan.sensing.DeviceOnline;
import org.tongguan.sensing.device.RegisteredDevice;

/**
 * The health thread: every change of a device's presence happens on it, one after the other, and is stored together
 * with its {@link DeviceOnline} or {@link DeviceOffline} event in one transaction (so the event publication registry
 * keeps the event). Ingestion threads only queue work here and never wait for it.
 */
@Component
class PresenceChanges implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(PresenceChanges.class);

	private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(task -> {
		Thread health = new Thread(task, "sensing-health");
		health.setDaemon(true);
		return health;
	});

	private final PresenceStore store;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	PresenceChanges(PresenceStore store, TransactionTemplate transactions, ApplicationEventPublisher events) {
		this.store = store;
		this.transactions = transactions;
		this.events = events;
	}

	/** The device sent a message while not online: on the health thread, it comes online and that is announced. */
	void returned(RegisteredDevice device, Presence presence) {
		thread.execute(() -> {
			presence.returning.set(false);
			if (presence.state == PresenceState.ONLINE) {
				return;
			}
			long seen = presence.lastSeen;
			if (save(device, true, seen, seen, new DeviceOnline(device.code(), Instant.ofEpochMilli(seen)))) {
				presence.state = PresenceState.ONLINE;
				presence.changedAt = seen;
			}
		});
	}

	/**
	 * On the health thread: the device, last seen at {@code seen}, has been silent too long at {@code now} and goes
	 * offline, unless a message arrived meanwhile.
	 */
	void silent(RegisteredDevice device, Presence presence, long seen, long now) {
		presence.state = PresenceState.OFFLINE;
		if (presence.lastSeen != seen) {
			presence.state = PresenceState.ONLINE;
			return;
		}
		Instant lastSeen = Instant.ofEpochMilli(seen);
		if (save(device, false, seen, now, new DeviceOffline(device.code(), lastSeen, Instant.ofEpochMilli(now)))) {
			presence.changedAt = now;
		}
		else {
			presence.state = PresenceState.ONLINE;
		}
	}

	/** Runs the task on the health thread every {@code interval}. */
	ScheduledFuture<?> every(Duration interval, Runnable task) {
		Runnable guarded = () -> {
			try {
				task.run();
			}
			catch (RuntimeException e) {
				log.error("A scheduled health task failed; it runs again in {}", interval, e);
			}
		};
		return thread.scheduleWithFixedDelay(guarded, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
	}

	/** Runs the task on the health thread after everything queued before it, and waits for it. */
	void runAndWait(Runnable task) {
		try {
			thread.submit(task).get();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		catch (ExecutionException e) {
			throw new IllegalStateException("A health task failed", e.getCause());
		}
	}

	private boolean save(RegisteredDevice device, boolean online, long lastSeen, long changedAt, Object event) {
		try {
			transactions.executeWithoutResult(status -> {
				store.save(device.id(), online, lastSeen, changedAt);
				events.publishEvent(event);
			});
			return true;
		}
		catch (RuntimeException e) {
			log.warn("Cannot record that device {} is {}; trying again later", device.code(),
					online ? "online" : "offline", e);
			return false;
		}
	}

	@Override
	public void destroy() throws InterruptedException {
		thread.shutdown();
		thread.awaitTermination(10, TimeUnit.SECONDS);
	}
}
