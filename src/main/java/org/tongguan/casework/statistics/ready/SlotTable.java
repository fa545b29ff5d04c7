package org.tongguan.casework.statistics.ready;

import java.util.Arrays;

/**
 * An open-addressing table from a cell's packed key to its slot in {@link ImportCells}' arrays: two primitive arrays,
 * no object per cell.
 */
final class SlotTable {

	private long[] keys = new long[1 << 10];

	/** Slot + 1 at each position; 0 where empty. */
	private int[] slots = new int[1 << 10];

	private int size;

	/** The key's slot, or -1. */
	int find(long key) {
		int mask = keys.length - 1;
		for (int at = hash(key) & mask; slots[at] != 0; at = (at + 1) & mask) {
			if (keys[at] == key) {
				return slots[at] - 1;
			}
		}
		return -1;
	}

	/** Records the key's slot (a key not held yet). */
	void put(long key, int slot) {
		if (2 * (size + 1) > keys.length) {
			grow();
		}
		int mask = keys.length - 1;
		int at = hash(key) & mask;
		while (slots[at] != 0) {
			at = (at + 1) & mask;
		}
		keys[at] = key;
		slots[at] = slot + 1;
		size++;
	}

	void clear() {
		Arrays.fill(slots, 0);
		size = 0;
	}

	/** The bytes it holds. */
	long bytes() {
		return keys.length * 12L;
	}

	private void grow() {
		long[] oldKeys = keys;
		int[] oldSlots = slots;
		keys = new long[oldKeys.length * 2];
		slots = new int[oldSlots.length * 2];
		size = 0;
		for (int i = 0; i < oldKeys.length; i++) {
			if (oldSlots[i] != 0) {
				put(oldKeys[i], oldSlots[i] - 1);
			}
		}
	}

	private static int hash(long key) {
		long h = key * 0x9E3779B97F4A7C15L;
		return (int) (h ^ (h >>> 32));
	}
}
