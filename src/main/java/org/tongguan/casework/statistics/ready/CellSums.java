package org.tongguan.casework.statistics.ready;

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

		@Override
		public void skip(SliceBytes.Reader in) {
			in.skipString();
			for (long i = in.unsigned(); i > 0; i--) {
				in.unsigned();
			}
		}
	};

	private String name;

	private final long[] values;

	CellSums(String name, long[] values) {
		this.name = name;
		this.values = values;
	}

	/**
	 * The cell with changes added to its sums ({@code null}: a new cell) and the name the changes carry, if any; or
	 * {@code null} when every sum is then zero and the cell counts nothing.
	 */
	static CellSums plus(CellSums cell, long[] changes, String changedName) {
		CellSums sums = cell != null ? cell : new CellSums(null, new long[changes.length]);
		for (int i = 0; i < changes.length; i++) {
			sums.values[i] += changes[i];
		}
		if (changedName != null) {
			sums.name = changedName;
		}
		return Arrays.stream(sums.values).allMatch(value -> value == 0) ? null : sums;
	}

	long value(int measure) {
		return values[measure];
	}

	String name() {
		return name;
	}
}
