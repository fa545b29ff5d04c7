package org.tongguan.sensing.simulator;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/** What the simulator's devices did: connections open and refused, messages sent, acknowledged (PUBACK) and failed. */
final class SimulatorCounters {

	private final AtomicInteger connected = new AtomicInteger();

	private final AtomicInteger refused = new AtomicInteger();

	private final LongAdder sent = new LongAdder();

	private final LongAdder acknowledged = new LongAdder();

	private final LongAdder failed = new LongAdder();

	/** Counts an opened connection and answers how many are open now. */
	int connected() {
		return connected.incrementAndGet();
	}

	void disconnected() {
		connected.decrementAndGet();
	}

	/** Counts a refused connection and answers how many were refused. */
	int refused() {
		return refused.incrementAndGet();
	}

	void sent() {
		sent.increment();
	}

	/** Counts the outcome of a sent message: acknowledged, or failed (the connection closed first). */
	void outcome(boolean acknowledged) {
		(acknowledged ? this.acknowledged : failed).increment();
	}

	SimulatorState.Messages messages() {
		return new SimulatorState.Messages(sent.sum(), acknowledged.sum(), failed.sum());
	}

	int open() {
		return connected.get();
	}

	int refusedCount() {
		return refused.get();
	}
}
