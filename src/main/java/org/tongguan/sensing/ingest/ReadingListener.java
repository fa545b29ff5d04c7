package org.tongguan.sensing.ingest;

/**
 * Sees every accepted reading, synchronously on the thread that ingested it and in arrival order per device, before
 * the reading is stored. Implementations (latest values, rules, health) must be fast and must not block or throw.
 */
public interface ReadingListener {

	void onReading(Reading reading);
}
