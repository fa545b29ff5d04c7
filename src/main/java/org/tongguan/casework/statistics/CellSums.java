package org.tongguan.casework.statistics;

import java.util.Arrays;

/**
 * A cell of the ready data: the sums of its measures (in the order of {@link CellDeltas}' indexes, or closed and
 * closed on time for a late closure's cell) and its group's name as the cases hold it, if the view has names.
 */
final class CellSums {

	/** The form of a cell in a slice's bytes: its name, how many measures, and each measure. */
	static final SliceTable.Codec<CellSums> CODEC = new SliceTable.Codec<>() {

		@Override
		public void write(SliceBytes.Writer out, CellSums cell) {
			out.string(cell.name);
			out.unsigned(cell.values.length);
			for (long value : cell.values) {
				out.signed(value);
			}
		}

		@Override
		public CellSums read(SliceBytes.Reader in) {
			String name = in.string();
			long[] values = new long[(int) in.unsigned()];
			for (int i = 0; i < values.length; i++) {
				values[i] = in.signed();
			}
			return new CellSums(name, values);
		}
	};

	private String name;

	private final long[] values;

	CellSums(String name, long[] values) {
		this.name = name;
		this.values = values;
	}

	/** Adds changes to the sums, and takes the name the changes carry, if any. */
	void add(long[] changes, String changedName) {
		for (int i = 0; i < values.length; i++) {
			values[i] += changes[i];
		}
		if (changedName != null) {
			name = changedName;
		}
	}

	/** Whether every sum is zero: the cell counts nothing. */
	boolean empty() {
		return Arrays.stream(values).allMatch(value -> value == 0);
	}

	long value(int measure) {
		return values[measure];
	}

	String name() {
		return name;
	}
}
