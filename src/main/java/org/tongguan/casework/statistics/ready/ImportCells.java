package org.tongguan.casework.statistics.ready;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * The cells of an import's cases (decision 0015, the import's bulk path) in primitive arrays: each cell is a slot
 * keyed by one {@code long} packing its slice (view, span, period, piece) and its key within the slice, with its sums
 * in one flat array; the handling times of the closures as (slot, working, calendar) triples. No object per cell, so
 * the cells of tens of thousands of cases stay within some tens of megabytes and die in one piece when
 * {@link SliceStore#merge} has merged them into the slices.
 */
public final class ImportCells implements CellSink {

	/** Bits of a packed key: view, span, period (epoch day), piece number, cell key number. */
	static final int KEY_BITS = 21, PIECE_BITS = 20, DAY_BITS = 17, SPAN_BITS = 2;

	static final long KEY_MASK = (1L << KEY_BITS) - 1;

	/** The span number of the late closures' slices ({@link SliceStore#LATE}), after {@link Span}'s. */
	static final int LATE = 2;

	final KeyIndex pieces = new KeyIndex(1 << PIECE_BITS);

	final KeyIndex keys = new KeyIndex(1 << KEY_BITS);

	final KeyIndex names = new KeyIndex(Integer.MAX_VALUE);

	private final SlotTable table = new SlotTable();

	/** Per view, the numbers of the group last asked for: a case asks for the same group in each span and period. */
	private final Group[] groups = Arrays.stream(CellView.values()).map(Group::new).toArray(Group[]::new);

	/** Each slot's packed key, its name's number (-1 for none), and its sums ({@link CellDeltas#MEASURES} each). */
	long[] slotKeys = new long[1024];

	int[] slotNames = new int[1024];

	long[] sums = new long[1024 * CellDeltas.MEASURES];

	int slots;

	/** The handling times of the closures: the day cell's slot, working and calendar seconds. */
	int[] timeSlots = new int[1024];

	long[] working = new long[1024];

	long[] calendar = new long[1024];

	int times;

	/** The cells held (about 150 bytes each) and handling times held (20 bytes each) at which to merge. */
	private final int budget;

	/** @param budget how many cells to hold before they are merged (twice as many handling times) */
	public ImportCells(int budget) {
		this.budget = budget;
	}

	/** Adds an imported case's contribution to the cells. */
	public void add(Contribution c) {
		ContributionCells.fold(c, 1, this);
	}

	/** Whether the cells held have reached their budget and should be merged into the slices. */
	public boolean full() {
		return slots >= budget || times >= 2L * budget;
	}

	/** Whether no cell is held. */
	public boolean isEmpty() {
		return slots == 0;
	}

	@Override
	public int cell(CellView view, String region, Span span, LocalDate period, String key, String name) {
		Group group = groups[view.ordinal()].of(region, key, name);
		int slot = slot(slice(view, span.ordinal(), period, group.piece), group.key);
		if (name != null) {
			slotNames[slot] = group.name;
		}
		return slot;
	}

	@Override
	public void add(int cell, int measure, long value) {
		sums[cell * CellDeltas.MEASURES + measure] += value;
	}

	@Override
	public void late(int dueCell, LocalDate closedDay, long closed, long closedOnTime) {
		long due = slotKeys[dueCell];
		Span span = Span.values()[(int) (due >>> (KEY_BITS + PIECE_BITS + DAY_BITS)) & ((1 << SPAN_BITS) - 1)];
		String lateKey = span.name() + period(due) + keys.get((int) (due & KEY_MASK));
		int slot = slot(slice(view(due), LATE, closedDay, piece(due)), keys.of(lateKey));
		sums[slot * CellDeltas.MEASURES] += closed;
		sums[slot * CellDeltas.MEASURES + 1] += closedOnTime;
	}

	@Override
	public void time(int cell, int sign, long workingSeconds, long calendarSeconds) {
		if (sign < 0) {
			throw new IllegalArgumentException("An import only adds handling times");
		}
		if (times == timeSlots.length) {
			int size = times + (times >> 1);
			timeSlots = Arrays.copyOf(timeSlots, size);
			working = Arrays.copyOf(working, size);
			calendar = Arrays.copyOf(calendar, size);
		}
		timeSlots[times] = cell;
		working[times] = workingSeconds;
		calendar[times++] = calendarSeconds;
	}

	/** The slot of a packed key, or -1. */
	int slotOf(long packed) {
		return table.find(packed);
	}

	/** Holds no cell any more (the arrays stay, for the next cases). */
	public void clear() {
		Arrays.fill(sums, 0, slots * CellDeltas.MEASURES, 0);
		slots = 0;
		times = 0;
		table.clear();
		pieces.clear();
		keys.clear();
		names.clear();
		for (Group group : groups) {
			group.forget();
		}
	}

	/** The slot of a cell, a new one with no sums for a cell not held yet. */
	private int slot(long slice, int key) {
		long packed = slice << KEY_BITS | key;
		int slot = table.find(packed);
		if (slot >= 0) {
			return slot;
		}
		if (slots == slotKeys.length) {
			int size = slots + (slots >> 1);
			slotKeys = Arrays.copyOf(slotKeys, size);
			slotNames = Arrays.copyOf(slotNames, size);
			sums = Arrays.copyOf(sums, size * CellDeltas.MEASURES);
		}
		slotKeys[slots] = packed;
		slotNames[slots] = -1;
		table.put(packed, slots);
		return slots++;
	}

	/** A slice's number: view, span, period and piece. */
	private static long slice(CellView view, int span, LocalDate period, int piece) {
		long day = period.toEpochDay();
		if (day < 0 || day >= 1L << DAY_BITS) {
			throw new IllegalArgumentException("A case's day is out of the statistics' range: " + period);
		}
		return ((((long) view.ordinal() << SPAN_BITS | span) << DAY_BITS | day) << PIECE_BITS) | piece;
	}

	static CellView view(long packed) {
		return CellView.values()[(int) (packed >>> (KEY_BITS + PIECE_BITS + DAY_BITS + SPAN_BITS))];
	}

	/** The span of a packed key: {@code D}, {@code M} or {@link SliceStore#LATE}. */
	static String span(long packed) {
		int span = (int) (packed >>> (KEY_BITS + PIECE_BITS + DAY_BITS)) & ((1 << SPAN_BITS) - 1);
		return span == LATE ? SliceStore.LATE : Span.values()[span].name();
	}

	static LocalDate period(long packed) {
		return LocalDate.ofEpochDay((packed >>> (KEY_BITS + PIECE_BITS)) & ((1L << DAY_BITS) - 1));
	}

	static int piece(long packed) {
		return (int) (packed >>> KEY_BITS) & ((1 << PIECE_BITS) - 1);
	}

	/** A view's group last asked for (its district or city, key and name) and their numbers in the key indexes. */
	private final class Group {

		private final CellView view;

		private String regionAsked;

		private String keyAsked;

		private String nameAsked;

		int piece;

		int key;

		int name = -1;

		Group(CellView view) {
			this.view = view;
		}

		/** This view's group of the region, key and name, numbered once for the calls that ask for it again. */
		Group of(String region, String groupKey, String groupName) {
			if (!groupKey.equals(keyAsked) || !region.equals(regionAsked)) {
				piece = pieces.of(view.piece(region, groupKey));
				key = keys.of(SliceStore.key(region, groupKey));
				regionAsked = region;
				keyAsked = groupKey;
				nameAsked = null;
				name = -1;
			}
			if (groupName != null && !groupName.equals(nameAsked)) {
				name = names.of(groupName);
				nameAsked = groupName;
			}
			return this;
		}

		void forget() {
			regionAsked = null;
			keyAsked = null;
			nameAsked = null;
		}
	}
}
