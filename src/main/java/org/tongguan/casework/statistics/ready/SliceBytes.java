package org.tongguan.casework.statistics.ready;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The compact byte form of the ready data's slices and runs: variable-length integers (7 bits per byte, low bits
 * first; signed values zigzag-encoded), strings and byte arrays prefixed by their length.
 */
final class SliceBytes {

	private SliceBytes() {
	}

	/** Writes values one after the other (into a plain growing array: no locking per byte). */
	static final class Writer {

		private byte[] out = new byte[256];

		private int size;

		void unsigned(long value) {
			if (size + 10 > out.length) {
				grow(10);
			}
			long rest = value;
			while ((rest & ~0x7fL) != 0) {
				out[size++] = (byte) ((rest & 0x7f) | 0x80);
				rest >>>= 7;
			}
			out[size++] = (byte) rest;
		}

		void signed(long value) {
			unsigned((value << 1) ^ (value >> 63));
		}

		/** A string, or {@code null}. */
		void string(String value) {
			if (value == null) {
				unsigned(0);
				return;
			}
			bytes(value.getBytes(StandardCharsets.UTF_8), 1);
		}

		void bytes(byte[] value) {
			bytes(value, 0);
		}

		/** Bytes of another slice as they are: {@code bytes[from, to)}. */
		void raw(byte[] bytes, int from, int to) {
			if (size + to - from > out.length) {
				grow(to - from);
			}
			System.arraycopy(bytes, from, out, size, to - from);
			size += to - from;
		}

		byte[] toBytes() {
			return Arrays.copyOf(out, size);
		}

		private void bytes(byte[] value, int lengthOffset) {
			unsigned(value.length + lengthOffset);
			raw(value, 0, value.length);
		}

		private void grow(int more) {
			out = Arrays.copyOf(out, Math.max(out.length * 2, size + more));
		}
	}

	/** Reads values in the order they were written. */
	static final class Reader {

		private final byte[] bytes;

		private int position;

		Reader(byte[] bytes) {
			this.bytes = bytes;
		}

		boolean more() {
			return position < bytes.length;
		}

		/** Where the next value starts. */
		int position() {
			return position;
		}

		/** Passes over a string without reading it. */
		void skipString() {
			int length = (int) unsigned();
			position += Math.max(0, length - 1);
		}

		/** Passes over a byte array without reading it. */
		void skipBytes() {
			int length = (int) unsigned();
			position += length;
		}

		long unsigned() {
			long value = 0;
			int shift = 0;
			byte b;
			do {
				b = bytes[position++];
				value |= (long) (b & 0x7f) << shift;
				shift += 7;
			}
			while (b < 0);
			return value;
		}

		long signed() {
			long raw = unsigned();
			return (raw >>> 1) ^ -(raw & 1);
		}

		String string() {
			int length = (int) unsigned();
			if (length == 0) {
				return null;
			}
			String value = new String(bytes, position, length - 1, StandardCharsets.UTF_8);
			position += length - 1;
			return value;
		}

		byte[] bytes() {
			int length = (int) unsigned();
			byte[] value = Arrays.copyOfRange(bytes, position, position + length);
			position += length;
			return value;
		}
	}
}
